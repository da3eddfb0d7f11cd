import { useCallback, useEffect, useRef } from 'react';
import { useProgressStore } from '../../progress/progress-store.ts';

/** How long a slide must stay mostly in view before it counts as seen. */
export const SEEN_DWELL_MS = 1000;
/** "Mostly": this share of the slide, or of the viewport for slides taller than it. */
const VISIBLE_SHARE = 0.6;

/**
 * Marks a lesson section seen once most of it has been on screen for a moment, and remembers it
 * as the learner's position. Returns a ref callback for each section.
 */
export function useSeenTracking(chapterId: string): (element: HTMLElement | null) => (() => void) | undefined {
  const markSlideSeen = useProgressStore((s) => s.markSlideSeen);
  const setPosition = useProgressStore((s) => s.setPosition);
  const timers = useRef(new Map<Element, number>());
  const observer = useRef<IntersectionObserver | null>(null);
  const pending = useRef(new Set<HTMLElement>());

  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    const active = timers.current;
    const io = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const element = entry.target as HTMLElement;
          const slideId = element.dataset.slideId;
          if (!slideId) continue;
          const viewport = entry.rootBounds?.height ?? window.innerHeight;
          const share = Math.max(entry.intersectionRatio, viewport > 0 ? entry.intersectionRect.height / viewport : 0);
          if (entry.isIntersecting && share >= VISIBLE_SHARE) {
            if (!active.has(element)) {
              active.set(
                element,
                window.setTimeout(() => {
                  active.delete(element);
                  markSlideSeen(chapterId, slideId);
                  setPosition(chapterId, slideId);
                }, SEEN_DWELL_MS),
              );
            }
          } else if (active.has(element)) {
            window.clearTimeout(active.get(element));
            active.delete(element);
          }
        }
      },
      { threshold: [0, 0.25, 0.5, 0.6, 0.75, 1] },
    );
    observer.current = io;
    for (const element of pending.current) io.observe(element);
    return () => {
      io.disconnect();
      observer.current = null;
      for (const timer of active.values()) window.clearTimeout(timer);
      active.clear();
    };
  }, [chapterId, markSlideSeen, setPosition]);

  return useCallback((element: HTMLElement | null) => {
    if (!element) return undefined;
    const elements = pending.current;
    elements.add(element);
    observer.current?.observe(element);
    return () => {
      elements.delete(element);
      observer.current?.unobserve(element);
    };
  }, []);
}
