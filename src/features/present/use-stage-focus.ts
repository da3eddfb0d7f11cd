import { useEffect, type RefObject } from 'react';

/**
 * Puts focus on the stage when the deck opens, and again when a dialog closes without a place to
 * return to, so the keyboard and screen readers start from the slide.
 */
export function useStageFocus(stage: RefObject<HTMLElement | null>, idle: boolean): void {
  useEffect(() => {
    if (!idle) return;
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) stage.current?.focus({ preventScroll: true });
  }, [stage, idle]);
}
