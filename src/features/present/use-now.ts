import { useEffect, useState } from 'react';

/**
 * The current time in milliseconds, refreshed every `intervalMs` at the instants `phase` plus a
 * whole number of intervals: a stopwatch started at `phase` then turns over its seconds exactly
 * when they are complete, not up to a second late.
 */
export function useNow(intervalMs = 1000, phase = 0): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let timer: number;
    const schedule = () => {
      const intoInterval = (((Date.now() - phase) % intervalMs) + intervalMs) % intervalMs;
      timer = window.setTimeout(() => {
        setNow(Date.now());
        schedule();
      }, intervalMs - intoInterval);
    };
    schedule();
    return () => window.clearTimeout(timer);
  }, [intervalMs, phase]);
  return now;
}
