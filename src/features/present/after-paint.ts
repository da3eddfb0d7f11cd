import { useEffect, useState } from 'react';

/** How long deferred work may wait for an idle moment before it runs anyway. */
const IDLE_TIMEOUT_MS = 250;

/**
 * Runs `task` once the frame now being prepared has been painted and the page is idle, for work
 * that must not stand between an input and the frame that answers it, nor delay the next input.
 * Where idle callbacks are missing (Safari), a timer set from the next frame. Returns a cancel
 * function.
 */
export function afterPaint(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }
  let timer: number | undefined;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(task);
  });
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}

/**
 * `value` as it was after the last paint: it follows `value`, but only once the frame that
 * changed it has been painted. For what is costly to change and need not be on that frame.
 */
export function useValueAfterPaint<T>(value: T): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(settled, value)) return undefined;
    return afterPaint(() => setSettled(value));
  }, [settled, value]);
  return settled;
}
