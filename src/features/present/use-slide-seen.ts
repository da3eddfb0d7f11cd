import { useEffect } from 'react';
import { startReading } from '../../progress/reading-clock.ts';
import { useProgressStore } from '../../progress/progress-store.ts';

/** How long a slide must stay on screen in slide mode before it becomes the resume position. */
export const SLIDE_POSITION_MS = 1000;

/**
 * Remembers the shown slide as the position once it has been up for a moment, and marks it seen
 * once it has been on screen for its reading time (`readingMs`).
 */
export function useSlideSeen(chapterId: string, slideId: string, readingMs: number, showing: boolean): void {
  const markSlideSeen = useProgressStore((s) => s.markSlideSeen);
  const setPosition = useProgressStore((s) => s.setPosition);
  useEffect(() => {
    if (!showing) return undefined;
    const position = setTimeout(() => setPosition(chapterId, slideId), SLIDE_POSITION_MS);
    const reading = startReading(`${chapterId}/${slideId}`, readingMs, () => markSlideSeen(chapterId, slideId));
    return () => {
      clearTimeout(position);
      reading.stop();
    };
  }, [chapterId, slideId, readingMs, showing, markSlideSeen, setPosition]);
}
