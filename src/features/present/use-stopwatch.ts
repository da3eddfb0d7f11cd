import { useCallback, useEffect, useState } from 'react';
import { useNow } from './use-now.ts';

interface StopwatchState {
  /** When the current run started, or null while paused. */
  startedAt: number | null;
  /** Milliseconds counted in earlier runs. */
  banked: number;
}

const STOPPED: StopwatchState = { startedAt: null, banked: 0 };

function isState(v: unknown): v is StopwatchState {
  const s = v as StopwatchState | null;
  return typeof s === 'object' && s !== null && (s.startedAt === null || Number.isFinite(s.startedAt)) && Number.isFinite(s.banked);
}

function load(key: string): StopwatchState {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(key) ?? 'null');
    return isState(parsed) ? parsed : STOPPED;
  } catch {
    return STOPPED;
  }
}

export interface Stopwatch {
  elapsedMs: number;
  running: boolean;
  /** The current time, ticking each second of the stopwatch (and of the clock while it is stopped). */
  now: number;
  start: () => void;
  pause: () => void;
  reset: () => void;
}

/**
 * The talk's elapsed time, refreshed as each second completes. Kept in session storage under
 * `storageKey`, so reloading the presenter window mid-talk does not lose it.
 */
export function useStopwatch(storageKey: string): Stopwatch {
  const [state, setState] = useState(() => load(storageKey));
  // While running, elapsed whole seconds turn over at startedAt − banked + k seconds.
  const now = useNow(1000, state.startedAt === null ? 0 : state.startedAt - state.banked);

  useEffect(() => {
    try {
      sessionStorage.setItem(storageKey, JSON.stringify(state));
    } catch {
      // Without storage the timer still runs; it just does not survive a reload.
    }
  }, [storageKey, state]);

  const start = useCallback(() => setState((s) => (s.startedAt === null ? { ...s, startedAt: Date.now() } : s)), []);
  const pause = useCallback(
    () => setState((s) => (s.startedAt === null ? s : { startedAt: null, banked: s.banked + Math.max(0, Date.now() - s.startedAt) })),
    [],
  );
  const reset = useCallback(() => setState(STOPPED), []);

  const running = state.startedAt !== null;
  const elapsedMs = state.banked + (state.startedAt === null ? 0 : Math.max(0, now - state.startedAt));
  return { elapsedMs, running, now, start, pause, reset };
}
