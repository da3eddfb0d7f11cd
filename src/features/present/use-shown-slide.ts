import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { afterPaint } from './after-paint.ts';

/** Moves made in this window whose address has not arrived yet. */
interface Moves {
  /** The slide the address named when the first of them was made. */
  from: number;
  /** Where they went, oldest first. */
  targets: number[];
}

/**
 * The moves still ahead of an address naming slide `index`: those after the one it names, all of
 * them while it still names where they started, none once it names a slide they never went to
 * (it was changed elsewhere).
 */
function ahead(moves: Moves | null, index: number): Moves | null {
  if (!moves) return null;
  const reached = moves.targets.lastIndexOf(index);
  if (reached === -1) return index === moves.from ? moves : null;
  const rest = moves.targets.slice(reached + 1);
  return rest.length > 0 ? { from: index, targets: rest } : null;
}

/**
 * The slide on show: the one the address names, except that a move made in this window shows at
 * once and writes the address only after the frame with the new slide is painted. Address changes
 * render in a transition and the history API can take milliseconds; neither belongs between a
 * key press and the frame that answers it. The address of an earlier move arriving late never
 * takes the deck back; a write overtaken by a later move, or by an address change from elsewhere,
 * is dropped, and none happens once the deck is gone.
 */
export function useShownSlide(index: number, writeAddress: (index: number) => void): [shown: number, show: (index: number) => void] {
  const [moves, setMoves] = useState<Moves | null>(null);
  const shown = ahead(moves, index)?.targets.at(-1) ?? index;

  const latest = useRef({ index, shown, writeAddress, mounted: true });
  useLayoutEffect(() => {
    Object.assign(latest.current, { index, shown, writeAddress });
  });
  useEffect(() => {
    const deck = latest.current;
    deck.mounted = true;
    return () => {
      deck.mounted = false;
    };
  }, []);

  const show = useCallback((target: number) => {
    const deck = latest.current;
    const address = deck.index;
    deck.shown = target;
    setMoves((m) => {
      const still = ahead(m, address);
      return still ? { from: still.from, targets: [...still.targets, target] } : { from: address, targets: [target] };
    });
    afterPaint(() => {
      if (deck.mounted && deck.shown === target) deck.writeAddress(target);
    });
  }, []);

  return [shown, show];
}
