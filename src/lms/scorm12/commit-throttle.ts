/** Timers the throttle runs on; the browser's by default, fake ones in tests. */
export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const browserClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => window.setTimeout(run, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
};

export interface CommitThrottle {
  /** Something was written: commit soon, but not sooner than the interval after the last commit. */
  changed(): void;
  /** Commits now if anything was written since the last commit (the page is being hidden or left). */
  flush(): void;
  /** Stops the pending timer without committing. */
  stop(): void;
}

/** At most one LMS commit per `intervalMs`, and none while nothing has changed. */
export const COMMIT_INTERVAL_MS = 10_000;

/**
 * Schedules `commit` (which returns whether the LMS accepted it) after writes. A refused commit
 * keeps the changes pending; the next write or flush tries again.
 */
export function createCommitThrottle(commit: () => boolean, clock: Clock, intervalMs = COMMIT_INTERVAL_MS): CommitThrottle {
  let dirty = false;
  let lastCommit = -Infinity;
  let timer: unknown = null;

  const clear = () => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
  };
  const run = () => {
    clear();
    if (!dirty) return;
    dirty = false;
    lastCommit = clock.now();
    if (!commit()) dirty = true;
  };

  return {
    changed() {
      dirty = true;
      if (timer !== null) return;
      timer = clock.setTimeout(run, Math.max(0, lastCommit + intervalMs - clock.now()));
    },
    flush: run,
    stop: clear,
  };
}
