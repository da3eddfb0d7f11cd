import type { Database, Queryable } from '../db/types.ts';
import type { ProgressEventInput } from '../validation/events.ts';

export interface IngestResult {
  accepted: number;
  duplicates: number;
}

/**
 * Per learner and chapter, everything the reports show, recomputed from the stored events: the
 * summary is a function of the events, so storing an event twice cannot count it twice.
 */
const REFRESH_SUMMARIES = `
  INSERT INTO chapter_progress (learner_id, chapter_id, slides_seen, best_score, attempts, completed_at, last_activity_at)
  SELECT learner_id, chapter_id,
         count(DISTINCT slide_id) FILTER (WHERE type = 'slide_seen')::int,
         max(score) FILTER (WHERE type = 'quiz_submitted'),
         count(DISTINCT attempt_id) FILTER (WHERE type = 'quiz_submitted')::int,
         min(at) FILTER (WHERE type = 'chapter_completed'),
         max(at)
    FROM progress_events
   WHERE learner_id = $1 AND chapter_id = ANY($2::text[])
   GROUP BY learner_id, chapter_id
  ON CONFLICT (learner_id, chapter_id) DO UPDATE
     SET slides_seen = EXCLUDED.slides_seen,
         best_score = EXCLUDED.best_score,
         attempts = EXCLUDED.attempts,
         completed_at = EXCLUDED.completed_at,
         last_activity_at = EXCLUDED.last_activity_at`;

const INSERT_EVENTS = `
  INSERT INTO progress_events (id, learner_id, type, at, chapter_id, slide_id, attempt_id, score, answers)
  SELECT e.id, $1, e.type, e.at, e.chapter_id, e.slide_id, e.attempt_id, e.score, e.answers
    FROM jsonb_to_recordset($2::jsonb)
         AS e(id uuid, type text, at bigint, chapter_id text, slide_id text, attempt_id text, score double precision, answers jsonb)
  ON CONFLICT (id) DO NOTHING
  RETURNING chapter_id, at`;

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

async function storeEvents(tx: Queryable, learnerId: string, events: readonly ProgressEventInput[]): Promise<number> {
  // Serialises batches of one learner (two devices at once) so each refresh sees the other's events.
  await tx.query('SELECT id FROM learners WHERE id = $1 FOR UPDATE', [learnerId]);
  const unique = [...new Map(events.map((event) => [event.id.toLowerCase(), event])).values()];
  const inserted = await tx.query<{ chapter_id: string; at: number }>(INSERT_EVENTS, [learnerId, JSON.stringify(unique.map(toRow))]);
  if (inserted.rows.length === 0) return 0;
  const chapters = [...new Set(inserted.rows.map((row) => row.chapter_id))];
  await tx.query(REFRESH_SUMMARIES, [learnerId, chapters]);
  const latest = Math.max(...inserted.rows.map((row) => row.at));
  await tx.query('UPDATE learners SET last_activity_at = GREATEST(last_activity_at, $2::bigint) WHERE id = $1', [learnerId, latest]);
  return inserted.rows.length;
}

/**
 * Stores a batch idempotently: an event id already stored is a duplicate and changes nothing.
 * Events and the summaries derived from them are written in one transaction.
 */
export async function ingestEvents(db: Database, learnerId: string, events: readonly ProgressEventInput[]): Promise<IngestResult> {
  const accepted = await db.transaction((tx) => storeEvents(tx, learnerId, events));
  return { accepted, duplicates: events.length - accepted };
}
