import type { Queryable } from '../db/types.ts';
import { HttpError } from '../errors.ts';
import type { ProgressEventInput } from '../../protocol/events.ts';

export interface LearnerQuota {
  /** Events one learner may have stored. */
  events: number;
  /** Bytes of quiz answers (as JSON) one learner may have stored. */
  answerBytes: number;
}

/** A quota answer: 429 with a day's Retry-After, so the device keeps the events and tries again. */
export class QuotaError extends HttpError {
  readonly retryAfterSeconds = 24 * 60 * 60;
  constructor(message: string) {
    super(429, 'quota_exceeded', message);
  }
}

/**
 * Refuses a batch that would take the learner past their quota (checked against the counters the
 * ingest statement keeps). Batches sent at the same moment may overshoot it by one batch each.
 */
export async function checkLearnerQuota(db: Queryable, learnerId: string, events: readonly ProgressEventInput[], quota: LearnerQuota): Promise<void> {
  const { rows } = await db.query<{ events_stored: number; answer_bytes: string | number }>(
    'SELECT events_stored, answer_bytes FROM learners WHERE id = $1',
    [learnerId],
  );
  const stored = rows[0];
  if (stored === undefined) return;
  const answerBytes = events.reduce((sum, event) => sum + (event.type === 'quiz_submitted' && event.answers ? JSON.stringify(event.answers).length : 0), 0);
  if (stored.events_stored + events.length > quota.events) {
    throw new QuotaError(`This learner's record is full: it holds at most ${quota.events} events. The device keeps the rest; ask your manager.`);
  }
  if (Number(stored.answer_bytes) + answerBytes > quota.answerBytes) {
    throw new QuotaError(`This learner's record is full: it holds at most ${Math.round(quota.answerBytes / 1024)} KB of answers. The device keeps the rest; ask your manager.`);
  }
}
