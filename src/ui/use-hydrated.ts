import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

/**
 * False while a prerendered page is being hydrated (and when rendering ahead of time), true
 * otherwise. What depends on this browser's storage (a cohort, a place saved in it) waits for
 * it, so the first render matches the markup the page came with.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
