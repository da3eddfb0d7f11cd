export type ScheduleMode = 'sooner' | 'replace';

export interface RunTimer {
  /** Runs after `delay` ms; `sooner` keeps an earlier run already planned, `replace` does not. */
  schedule: (delay: number, mode?: ScheduleMode) => void;
  cancel: () => void;
}

/** At most one planned run of `run` at a time. */
export function createRunTimer(run: () => void): RunTimer {
  let planned: { id: ReturnType<typeof setTimeout>; due: number } | null = null;
  const cancel = () => {
    if (planned !== null) clearTimeout(planned.id);
    planned = null;
  };
  return {
    schedule(delay, mode = 'sooner') {
      const due = Date.now() + delay;
      if (planned !== null && mode === 'sooner' && planned.due <= due) return;
      cancel();
      planned = {
        due,
        id: setTimeout(() => {
          planned = null;
          run();
        }, delay),
      };
    },
    cancel,
  };
}
