import { useCallback, useLayoutEffect, useRef, useState } from 'react';

export type MoveDirection = 'up' | 'down';

interface OrderMoves {
  /** Moves the item at `index` one place; focus stays with the moved item. */
  move: (index: number, direction: MoveDirection) => void;
  /** Ref callback registering an item's move button. */
  buttonRef: (itemId: string, direction: MoveDirection) => (element: HTMLButtonElement | null) => void;
  /** What a screen reader hears after a move. */
  announcement: string;
}

/**
 * Keyboard reordering for an ordering list. After a move, focus goes to the moved item's button
 * for the same direction, or to its other button when the item reached the end of the list.
 */
export function useOrderMoves(
  itemIds: string[],
  onChange: (itemIds: string[]) => void,
  describe: (itemId: string, position: number, total: number) => string,
): OrderMoves {
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const pendingFocus = useRef<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  useLayoutEffect(() => {
    const key = pendingFocus.current;
    if (key === null) return;
    pendingFocus.current = null;
    buttons.current.get(key)?.focus();
  }, [itemIds]);

  const move = (index: number, direction: MoveDirection) => {
    const target = direction === 'up' ? index - 1 : index + 1;
    const itemId = itemIds[index];
    const other = itemIds[target];
    if (itemId === undefined || other === undefined) return;
    const next = [...itemIds];
    next[index] = other;
    next[target] = itemId;
    const atEnd = direction === 'up' ? target === 0 : target === itemIds.length - 1;
    const focusDirection: MoveDirection = atEnd ? (direction === 'up' ? 'down' : 'up') : direction;
    pendingFocus.current = `${itemId}:${focusDirection}`;
    setAnnouncement(describe(itemId, target + 1, itemIds.length));
    onChange(next);
  };

  const buttonRef = useCallback(
    (itemId: string, direction: MoveDirection) => (element: HTMLButtonElement | null) => {
      const key = `${itemId}:${direction}`;
      if (element) buttons.current.set(key, element);
      else buttons.current.delete(key);
    },
    [],
  );

  return { move, buttonRef, announcement };
}
