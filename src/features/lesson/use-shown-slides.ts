import { startTransition, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/** Slides in a lesson's first paint: enough to fill the first screen of a wide window. */
export const FIRST_SLIDES = 2;
/** Slides added per frame after that, few enough that each frame's rendering stays short. */
export const SLIDES_PER_FRAME = 2;

interface ShownSlides {
  /** How many of the chapter's slides to render, from the first. */
  count: number;
  /** Every slide is rendered, so what follows the last one can be too. */
  complete: boolean;
}

/**
 * Renders a long lesson progressively: the first screen (through `neededIndex`, a deep-linked
 * slide) at once, then a few more slides in each following frame, as interruptible transitions,
 * so the page shows and answers sooner and no frame stalls on the whole chapter. `all` renders
 * everything at once; so does printing, since a handout carries every slide.
 */
export function useShownSlides(chapterId: string, total: number, neededIndex: number, all: boolean): ShownSlides {
  // Keyed by chapter, so the next chapter starts again with its first screen.
  const [added, setAdded] = useState<{ chapterId: string; count: number } | null>(null);
  // Once everything was asked for, it stays: the lesson never takes back slides the reader may be among.
  if (all && (added?.chapterId !== chapterId || added.count < total)) setAdded({ chapterId, count: total });
  const first = Math.max(FIRST_SLIDES, neededIndex + 1, added?.chapterId === chapterId ? added.count : 0);
  const count = all ? total : Math.min(total, first);
  const complete = count === total;

  useEffect(() => {
    if (complete) return undefined;
    const show = (next: number) => setAdded({ chapterId, count: next });
    const onBeforePrint = () => flushSync(() => show(total));
    let timer: number | undefined;
    // A timeout from inside an animation frame runs once that frame has painted.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => show(count + SLIDES_PER_FRAME)));
    });
    window.addEventListener('beforeprint', onBeforePrint);
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
      window.removeEventListener('beforeprint', onBeforePrint);
    };
  }, [chapterId, count, total, complete]);

  return { count, complete };
}
