import type { Verdict } from '../../protocol/constants.ts';
import type { AttemptVerdict, ServerEvent } from '../../protocol/events.ts';
import type { Queryable } from '../db/types.ts';

/**
 * A stored event in the client's outbox format (without the client-only `acked` flag). For an
 * attempt, `score` is the device's claim and `verdict` the server's judgement.
 */
export type StoredEvent = ServerEvent;

interface EventRow {
  id: string;
  type: StoredEvent['type'];
  at: number;
  chapter_id: string;
  slide_id: string | null;
  attempt_id: string | null;
  score: number | null;
  claimed_score: number | null;
  seed: number | null;
  verdict: Verdict | null;
  graded_at: number;
  answers: Record<string, unknown> | null;
}

function toEvent(row: EventRow): StoredEvent {
  const event: StoredEvent = { id: row.id, type: row.type, at: Number(row.at), chapterId: row.chapter_id };
  if (row.slide_id !== null) event.slideId = row.slide_id;
  if (row.attempt_id !== null) event.attemptId = row.attempt_id;
  if (row.claimed_score !== null) event.score = row.claimed_score;
  if (row.seed !== null) event.seed = Number(row.seed);
  if (row.answers !== null) event.answers = row.answers;
  if (row.verdict !== null) event.verdict = { verdict: row.verdict, score: row.score, gradedAt: Number(row.graded_at) };
  return event;
}

/** When the server received (and judged) an event, in epoch milliseconds. */
export const GRADED_AT = '(extract(epoch FROM received_at) * 1000)::bigint AS graded_at';

const TYPE_RANK = `CASE type WHEN 'slide_seen' THEN 0 WHEN 'quiz_submitted' THEN 1 ELSE 2 END`;
const RANKS: Record<StoredEvent['type'], number> = { slide_seen: 0, quiz_submitted: 1, chapter_completed: 2 };

/**
 * A page of one learner's events, oldest first (at equal times: seen, then attempted, then
 * completed). `after` is the previous page's `next`: `<at>_<type rank>_<id>` of its last event.
 */
export async function learnerEvents(
  db: Queryable,
  learnerId: string,
  page: { limit: number; after?: string | undefined },
): Promise<{ events: StoredEvent[]; next: string | null }> {
  const [at, rank, id] = page.after?.split('_') ?? [];
  const { rows } = await db.query<EventRow>(
    `SELECT id, type, at, chapter_id, slide_id, attempt_id, score, claimed_score, seed, verdict, ${GRADED_AT}, answers
       FROM progress_events
      WHERE learner_id = $1 AND ($2::bigint IS NULL OR (at, ${TYPE_RANK}, id) > ($2::bigint, $3::int, $4::uuid))
      ORDER BY at, ${TYPE_RANK}, id
      LIMIT $5`,
    [learnerId, at ?? null, rank ?? null, id ?? null, page.limit + 1],
  );
  const events = rows.slice(0, page.limit).map(toEvent);
  const last = events.at(-1);
  return { events, next: rows.length > page.limit && last !== undefined ? `${last.at}_${RANKS[last.type]}_${last.id}` : null };
}

export interface ChapterSummaryRow {
  chapterId: string;
  slidesSeen: number;
  bestScore: number | null;
  attempts: number;
  completedAt: number | null;
  lastActivityAt: number;
}

interface SummaryRow {
  learner_id: string;
  chapter_id: string;
  slides_seen: number;
  best_score: number | null;
  attempts: number;
  completed_at: number | null;
  last_activity_at: number;
}

/** The stored per-chapter summaries of several learners, keyed by learner id. */
export async function chapterSummaries(db: Queryable, learnerIds: readonly string[]): Promise<Map<string, ChapterSummaryRow[]>> {
  const byLearner = new Map<string, ChapterSummaryRow[]>();
  if (learnerIds.length === 0) return byLearner;
  const { rows } = await db.query<SummaryRow>(
    `SELECT learner_id, chapter_id, slides_seen, best_score, attempts, completed_at, last_activity_at
       FROM chapter_progress WHERE learner_id = ANY($1::uuid[])`,
    [learnerIds],
  );
  for (const row of rows) {
    const list = byLearner.get(row.learner_id) ?? [];
    list.push({
      chapterId: row.chapter_id,
      slidesSeen: row.slides_seen,
      bestScore: row.best_score,
      attempts: row.attempts,
      completedAt: row.completed_at,
      lastActivityAt: row.last_activity_at,
    });
    byLearner.set(row.learner_id, list);
  }
  return byLearner;
}

interface VerdictRow {
  id: string;
  attempt_id: string;
  chapter_id: string;
  verdict: Verdict | null;
  score: number | null;
  graded_at: number;
}

/** The server's verdicts on these attempt events of one learner (another learner's ids are not seen). */
export async function attemptVerdicts(db: Queryable, learnerId: string, eventIds: readonly string[]): Promise<AttemptVerdict[]> {
  if (eventIds.length === 0) return [];
  const { rows } = await db.query<VerdictRow>(
    `SELECT id, attempt_id, chapter_id, verdict, score, ${GRADED_AT}
       FROM progress_events
      WHERE learner_id = $1 AND type = 'quiz_submitted' AND id = ANY($2::uuid[])`,
    [learnerId, eventIds.map((id) => id.toLowerCase())],
  );
  return rows.map((row) => ({
    eventId: row.id,
    attemptId: row.attempt_id,
    chapterId: row.chapter_id,
    verdict: row.verdict ?? 'unverified',
    score: row.verdict === 'graded' ? row.score : null,
    gradedAt: Number(row.graded_at),
  }));
}
