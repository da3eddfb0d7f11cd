import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { course } from '../../course/course.ts';
import { own } from '../../progress/progress-data.ts';
import type { QuizAttempt } from '../../progress/progress-schema.ts';
import { useProgressStore } from '../../progress/progress-store.ts';
import { countsAgainstAttemptRules } from '../../progress/selectors.ts';
import { checkAttemptTime, type AttemptCheck } from '../../quiz/attempt-policy.ts';

/** The times of the attempts the rules count. */
function countedAttemptTimes(attempts: readonly QuizAttempt[]): number[] {
  return attempts.filter(countsAgainstAttemptRules).map((attempt) => attempt.at);
}

/**
 * Whether the learner may start an attempt at the chapter's test now, by the attempt rules of
 * `course.yaml` (the server applies the same rules to what it receives). While waiting, the
 * answer changes by itself when the wait is over.
 */
export function useAttemptGate(chapterId: string): AttemptCheck {
  const times = useProgressStore(useShallow((state) => countedAttemptTimes(own(state.chapters, chapterId)?.attempts ?? [])));
  const [now, setNow] = useState(() => Date.now());
  const check = checkAttemptTime(times, Math.max(now, ...times), course.test);
  const retryAt = check.allowed ? null : check.retryAt;
  useEffect(() => {
    if (retryAt === null) return;
    // Timers fire late in background tabs; the time is read again when this one fires.
    const timer = setTimeout(() => setNow(Date.now()), Math.max(0, Math.min(retryAt - Date.now(), 2 ** 31 - 1)) + 50);
    return () => clearTimeout(timer);
  }, [retryAt, now]);
  return check;
}

/** For the submit handler: the rules read at this very moment, not at the last render. */
export function attemptAllowedNow(chapterId: string): boolean {
  const attempts = own(useProgressStore.getState().chapters, chapterId)?.attempts ?? [];
  return checkAttemptTime(countedAttemptTimes(attempts), Date.now(), course.test).allowed;
}
