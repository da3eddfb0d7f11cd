/** The attempt rules of `course.yaml` (`test.cooldownMinutes`, `test.attemptsPerDay`). */
export interface AttemptRules {
  cooldownMinutes: number;
  attemptsPerDay: number;
}

export type AttemptCheck =
  | { allowed: true }
  /** `retryAt`: the first time (epoch ms) an attempt is allowed again. */
  | { allowed: false; reason: 'cooldown' | 'daily_limit'; retryAt: number };

const MINUTE = 60_000;
export const DAY_MS = 24 * 60 * MINUTE;

/**
 * Whether an attempt at `at` keeps to the rules, given the times of the earlier counted attempts
 * at the same chapter's test. Only attempts before `at` count, so attempts recorded offline and
 * synced later are judged in the order they were taken.
 */
export function checkAttemptTime(previous: readonly number[], at: number, rules: AttemptRules): AttemptCheck {
  const before = previous.filter((time) => time <= at).sort((a, b) => a - b);
  const latest = before[before.length - 1];
  const cooldown = rules.cooldownMinutes * MINUTE;
  if (cooldown > 0 && latest !== undefined && at < latest + cooldown) {
    return { allowed: false, reason: 'cooldown', retryAt: latest + cooldown };
  }
  if (rules.attemptsPerDay > 0) {
    const window = before.filter((time) => time > at - DAY_MS);
    if (window.length >= rules.attemptsPerDay) {
      return { allowed: false, reason: 'daily_limit', retryAt: window[window.length - rules.attemptsPerDay]! + DAY_MS };
    }
  }
  return { allowed: true };
}
