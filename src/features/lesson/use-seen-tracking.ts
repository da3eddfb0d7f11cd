import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Slide } from '../../content/types.ts';
import { useProgressStore } from '../../progress/progress-store.ts';
import { startReading, type ReadingTimer } from '../../progress/reading-clock.ts';

/** How long a section must stay mostly in view before it becomes the resume position. */
export const POSITION_DWELL_MS = 1000;
/** "Mostly": this share of the section, or of the viewport for sections taller than it. */
const VISIBLE_SHARE = 0.6;

interface Watch {
  position: ReturnType<typeof setTimeout>;
  reading: ReadingTimer;
}

/**
 * Remembers a lesson section as the learner's position once most of it has been on screen for a
 * moment, and marks it seen once it has been on screen for its reading time (added up over visits).
 * Returns a ref callback for each section.
 */
export function useSeenTracking(chapterId: string, slides: readonly Slide[]): (element: HTMLElement | null) => (() => void) | undefined {
  const markSlideSeen = useProgressStore((s) => s.markSlideSeen);
  const setPosition = useProgressStore((s) => s.setPosition);
  const watches = useRef(new Map<Element, Watch>());
  const observer = useRef<IntersectionObserver | null>(null);
  const pending = useRef(new Set<HTMLElement>());
  const readingMs = useMemo(() => new Map(slides.map((slide) => [slide.id, slide.readingMs])), [slides]);

  const unwatch = useCallback((element: Element) => {
    const watch = watches.current.get(element);
    if (!watch) return;
    clearTimeout(watch.position);
    watch.reading.stop();
    watches.current.delete(element);
  }, []);

  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    const active = watches.current;
    const io = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const element = entry.target as HTMLElement;
          const slideId = element.dataset.slideId;
          if (!slideId) continue;
          const viewport = entry.rootBounds?.height ?? window.innerHeight;
          const share = Math.max(entry.intersectionRatio, viewport > 0 ? entry.intersectionRect.height / viewport : 0);
          if (entry.isIntersecting && share >= VISIBLE_SHARE) {
            if (active.has(element)) continue;
            active.set(element, {
              position: setTimeout(() => setPosition(chapterId, slideId), POSITION_DWELL_MS),
              reading: startReading(`${chapterId}/${slideId}`, readingMs.get(slideId) ?? POSITION_DWELL_MS, () =>
                markSlideSeen(chapterId, slideId),
              ),
            });
          } else {
            unwatch(element);
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
      for (const element of [...active.keys()]) unwatch(element);
    };
  }, [chapterId, readingMs, markSlideSeen, setPosition, unwatch]);

  return useCallback((element: HTMLElement | null) => {
    if (!element) return undefined;
    const elements = pending.current;
    elements.add(element);
    observer.current?.observe(element);
    return () => {
      elements.delete(element);
      observer.current?.unobserve(element);
      unwatch(element);
    };
  }, [unwatch]);
}
