import { applyDisplay, DISPLAY_STORAGE_KEY, useDisplayStore } from './display-store.ts';

/**
 * Imported first by `main.tsx`, before anything renders: the stored colour scheme and text size
 * are on `<html>` before the first paint, and follow every later change, including one made in
 * another tab. (The content security policy allows no inline script, so this is the earliest
 * point.)
 */
applyDisplay(useDisplayStore.getState());
useDisplayStore.subscribe((state) => applyDisplay(state));
window.addEventListener('storage', (event) => {
  if (event.key === DISPLAY_STORAGE_KEY) void useDisplayStore.persist.rehydrate();
});
