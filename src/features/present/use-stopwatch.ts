import { useCallback, useEffect, useState } from 'react';

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
  start: () => void;
  pause: () => void;
  reset: () => void;
}

/**
 * The talk's elapsed time, as of `now`. Kept in session storage under `storageKey`, so reloading
 * the presenter window mid-talk does not lose it.
 */
export function useStopwatch(storageKey: string, now: number): Stopwatch {
  const [state, setState] = useState(() => load(storageKey));

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
  return { elapsedMs, running, start, pause, reset };
}
