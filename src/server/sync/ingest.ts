import type { Database } from '../db/types.ts';
import type { ProgressEventInput } from '../validation/events.ts';

export interface IngestResult {
  accepted: number;
  duplicates: number;
}

/**
 * Stores the batch ($2) of learner $1 and, in the same statement, recomputes the summaries of
 * the chapters it touched and the learner's last activity. A summary is a function of the stored
 * events, so storing an event twice cannot count it twice. Every part of one statement sees the
 * table as it was before the statement, so the summaries read the stored events plus the rows
 * this statement inserted (`RETURNING`), which are exactly the new ones.
 */
const STORE_AND_SUMMARISE = `
  WITH inserted AS (
    INSERT INTO progress_events (id, learner_id, type, at, chapter_id, slide_id, attempt_id, score, answers)
    SELECT e.id, $1, e.type, e.at, e.chapter_id, e.slide_id, e.attempt_id, e.score, e.answers
      FROM jsonb_to_recordset($2::jsonb)
           AS e(id uuid, type text, at bigint, chapter_id text, slide_id text, attempt_id text, score double precision, answers jsonb)
    ON CONFLICT (id) DO NOTHING
    RETURNING type, at, chapter_id, slide_id, attempt_id, score
  ), chapter_events AS (
    SELECT type, at, chapter_id, slide_id, attempt_id, score
      FROM progress_events
     WHERE learner_id = $1 AND chapter_id IN (SELECT chapter_id FROM inserted)
    UNION ALL
    SELECT type, at, chapter_id, slide_id, attempt_id, score FROM inserted
  ), summaries AS (
    INSERT INTO chapter_progress (learner_id, chapter_id, slides_seen, best_score, attempts, completed_at, last_activity_at)
    SELECT $1, chapter_id,
           count(DISTINCT slide_id) FILTER (WHERE type = 'slide_seen')::int,
           max(score) FILTER (WHERE type = 'quiz_submitted'),
           count(DISTINCT attempt_id) FILTER (WHERE type = 'quiz_submitted')::int,
           min(at) FILTER (WHERE type = 'chapter_completed'),
           max(at)
      FROM chapter_events
     GROUP BY chapter_id
    ON CONFLICT (learner_id, chapter_id) DO UPDATE
       SET slides_seen = EXCLUDED.slides_seen,
           best_score = EXCLUDED.best_score,
           attempts = EXCLUDED.attempts,
           completed_at = EXCLUDED.completed_at,
           last_activity_at = EXCLUDED.last_activity_at
  ), activity AS (
    UPDATE learners SET last_activity_at = GREATEST(last_activity_at, (SELECT max(at) FROM inserted))
     WHERE id = $1 AND EXISTS (SELECT 1 FROM inserted)
  )
  SELECT count(*)::int AS accepted FROM inserted`;

function toRow(event: ProgressEventInput) {
  return {
    id: event.id.toLowerCase(),
    type: event.type,
    at: event.at,
    chapter_id: event.chapterId,
    slide_id: event.type === 'slide_seen' ? event.slideId : null,
    attempt_id: event.type === 'quiz_submitted' ? event.attemptId : null,
    score: event.type === 'quiz_submitted' ? event.score : null,
    answers: event.type === 'quiz_submitted' ? (event.answers ?? null) : null,
  };
}

/**
 * Stores a batch idempotently: an event id already stored is a duplicate and changes nothing.
 * Events and the summaries derived from them are written atomically.
 */
export async function ingestEvents(db: Database, learnerId: string, events: readonly ProgressEventInput[]): Promise<IngestResult> {
  const unique = [...new Map(events.map((event) => [event.id.toLowerCase(), event])).values()];
  const params = [learnerId, JSON.stringify(unique.map(toRow))];
  let accepted: number;
  if (db.kind === 'pglite') {
    // One connection runs one statement at a time, and a statement is atomic on its own.
    accepted = (await db.query<{ accepted: number }>(STORE_AND_SUMMARISE, params)).rows[0]!.accepted;
  } else {
    accepted = await db.transaction(async (tx) => {
      // Serialises batches of one learner (two devices at once): the statement that follows
      // takes its snapshot after the lock, so its summaries include the other batch's events.
      await tx.query('SELECT id FROM learners WHERE id = $1 FOR UPDATE', [learnerId]);
      return (await tx.query<{ accepted: number }>(STORE_AND_SUMMARISE, params)).rows[0]!.accepted;
    });
  }
  return { accepted, duplicates: events.length - accepted };
}
