import { useSyncExternalStore } from 'react';

/**
 * Charts draw when the reader comes near them; a page about to be printed asks for every chart
 * at once (a handout, or a lesson's print button), so paper never shows a placeholder.
 */
let everyChart = false;
const listeners = new Set<() => void>();

export function requestAllCharts(): void {
  if (everyChart) return;
  everyChart = true;
  for (const listener of listeners) listener();
}

export function useAllChartsRequested(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => everyChart,
    // A page rendered ahead of time (and its hydration) shows charts as they come into view.
    () => false,
  );
}
