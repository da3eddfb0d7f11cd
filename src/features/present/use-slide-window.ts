import { startTransition, useEffect, useState } from 'react';
import { afterPaint } from './after-paint.ts';

/**
 * The slides to keep rendered around slide `index` (0-based, ascending): the one on show and its
 * neighbours, so that the next move only reveals a slide that is ready. After a move the new
 * neighbours are rendered once the moved-to slide has been painted, as an interruptible
 * transition: a key pressed meanwhile is answered first.
 */
export function useSlideWindow(index: number, total: number): number[] {
  const [centre, setCentre] = useState(index);
  useEffect(() => {
    if (centre === index) return undefined;
    return afterPaint(() => startTransition(() => setCentre(index)));
  }, [centre, index]);
  const shown = new Set([centre - 1, centre, centre + 1, index].filter((i) => i >= 0 && i < total));
  return [...shown].sort((a, b) => a - b);
}
