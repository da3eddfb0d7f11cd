import type { KeyboardEvent } from 'react';

/**
 * The index arrow keys lead to in a grid of `count` items laid out `columns` wide: ← → by one,
 * ↑ ↓ by a row, Home and End to the ends; null for other keys or a move off the grid's edge.
 */
export function gridTarget(key: string, index: number, count: number, columns: number): number | null {
  const step: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -columns, ArrowDown: columns };
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  const delta = step[key];
  if (delta === undefined) return null;
  const next = index + delta;
  return next >= 0 && next < count ? next : null;
}

/** Columns of a wrapped grid as laid out: the items that share the first item's top edge. */
export function columnsOf(items: readonly HTMLElement[]): number {
  const top = items[0]?.offsetTop;
  const columns = items.filter((item) => item.offsetTop === top).length;
  return Math.max(1, columns);
}

/** Arrow-key moves between the buttons of a grid (each in its own cell), for its `onKeyDown`. */
export function moveInGrid(event: KeyboardEvent<HTMLElement>, buttonSelector: string): void {
  const buttons = [...event.currentTarget.querySelectorAll<HTMLElement>(buttonSelector)];
  const index = buttons.indexOf(event.target as HTMLElement);
  if (index === -1) return;
  const cells = buttons.map((button) => button.parentElement ?? button);
  const next = gridTarget(event.key, index, buttons.length, columnsOf(cells));
  if (next === null) return;
  event.preventDefault();
  buttons[next]!.focus();
}
