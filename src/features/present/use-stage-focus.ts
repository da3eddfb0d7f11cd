import { useEffect, type RefObject } from 'react';
import { afterPaint } from './after-paint.ts';

/**
 * Puts focus on the stage when the deck opens, when a dialog closes without a place to return
 * to, and when the slide changes while focus was on the slide before (it became inert): the
 * keyboard and screen readers start from the slide on show. After the paint, which comes first.
 */
export function useStageFocus(stage: RefObject<HTMLElement | null>, idle: boolean, slideId: string): void {
  useEffect(() => {
    if (!idle) return undefined;
    return afterPaint(() => {
      const active = document.activeElement;
      const lost = !active || active === document.body || !active.isConnected || active.closest('[inert]') !== null;
      if (lost) stage.current?.focus({ preventScroll: true });
    });
  }, [stage, idle, slideId]);
}
