import { useEffect } from 'react';
import { useProgressStore } from '../../progress/progress-store.ts';

/** How long a slide must stay on screen in slide mode before it counts as seen. */
export const SLIDE_SEEN_MS = 1000;

/** Marks the shown slide seen, and remembers it as the position, once it has been up for a moment. */
export function useSlideSeen(chapterId: string, slideId: string, showing: boolean): void {
  const markSlideSeen = useProgressStore((s) => s.markSlideSeen);
  const setPosition = useProgressStore((s) => s.setPosition);
  useEffect(() => {
    if (!showing) return undefined;
    const timer = window.setTimeout(() => {
      markSlideSeen(chapterId, slideId);
      setPosition(chapterId, slideId);
    }, SLIDE_SEEN_MS);
    return () => window.clearTimeout(timer);
  }, [chapterId, slideId, showing, markSlideSeen, setPosition]);
}
