-- Each learner's totals over their chapters, kept with the chapter summaries in the statement
-- that stores events, so the manager's matrix sorts, filters and pages a cohort from one table.
ALTER TABLE learners
  ADD COLUMN slides_seen integer NOT NULL DEFAULT 0,
  ADD COLUMN completed_chapters integer NOT NULL DEFAULT 0;

UPDATE learners l
   SET slides_seen = t.slides_seen,
       completed_chapters = t.completed_chapters
  FROM (SELECT learner_id, sum(slides_seen)::int AS slides_seen, count(completed_at)::int AS completed_chapters
          FROM chapter_progress
         GROUP BY learner_id) t
 WHERE l.id = t.learner_id;

-- The dashboard's first page: a cohort by name.
CREATE INDEX learners_cohort_name_idx ON learners (cohort_id, display_name, id);
-- The team filter's choices.
CREATE INDEX learners_cohort_team_idx ON learners (cohort_id, team) WHERE team IS NOT NULL;

-- Stores the events of several batches (rows tagged with their batch and learner) and, in the
-- same statement, recomputes the summaries of every chapter they touched and each learner's
-- totals; returns how many events of each batch were new. A summary is a function of the stored
-- events, so storing an event twice cannot count it twice. Every part of one statement sees the
-- tables as they were before it, so the summaries read the stored events plus the rows this
-- statement inserted (RETURNING), which are exactly the new ones; an id sent twice (in two
-- batches, by anyone) is stored once and counted for the first batch that sent it.
-- A function so that its plan is prepared once per connection, not for every batch. Learners'
-- rows are found through = ANY (ARRAY(...)): a short list, read by index, however big the tables.
CREATE FUNCTION ingest_progress_events(rows jsonb) RETURNS TABLE (batch int, accepted int)
LANGUAGE plpgsql AS $fn$
#variable_conflict use_column
BEGIN
  RETURN QUERY
    WITH batch AS (
      SELECT * FROM jsonb_to_recordset(rows)
             AS e(batch int, learner_id uuid, id uuid, type text, at bigint, chapter_id text, slide_id text,
                  attempt_id text, score double precision, answers jsonb)
    ), inserted AS (
      INSERT INTO progress_events (id, learner_id, type, at, chapter_id, slide_id, attempt_id, score, answers)
      SELECT id, learner_id, type, at, chapter_id, slide_id, attempt_id, score, answers FROM batch
      ON CONFLICT (id) DO NOTHING
      RETURNING id, learner_id, type, at, chapter_id, slide_id, attempt_id, score
    ), touched AS (
      SELECT DISTINCT learner_id, chapter_id FROM inserted
    ), chapter_events AS (
      SELECT p.learner_id, p.type, p.at, p.chapter_id, p.slide_id, p.attempt_id, p.score
        FROM progress_events p
       WHERE p.learner_id = ANY (ARRAY(SELECT learner_id FROM touched))
         AND (p.learner_id, p.chapter_id) IN (SELECT learner_id, chapter_id FROM touched)
      UNION ALL
      SELECT learner_id, type, at, chapter_id, slide_id, attempt_id, score FROM inserted
    ), summaries AS (
      INSERT INTO chapter_progress (learner_id, chapter_id, slides_seen, best_score, attempts, completed_at, last_activity_at)
      SELECT learner_id, chapter_id,
             count(DISTINCT slide_id) FILTER (WHERE type = 'slide_seen')::int,
             max(score) FILTER (WHERE type = 'quiz_submitted'),
             count(DISTINCT attempt_id) FILTER (WHERE type = 'quiz_submitted')::int,
             min(at) FILTER (WHERE type = 'chapter_completed'),
             max(at)
        FROM chapter_events
       GROUP BY learner_id, chapter_id
      ON CONFLICT (learner_id, chapter_id) DO UPDATE
         SET slides_seen = EXCLUDED.slides_seen,
             best_score = EXCLUDED.best_score,
             attempts = EXCLUDED.attempts,
             completed_at = EXCLUDED.completed_at,
             last_activity_at = EXCLUDED.last_activity_at
      RETURNING learner_id, chapter_id, slides_seen, completed_at, last_activity_at
    ), chapters_now AS (
      SELECT learner_id, slides_seen, completed_at, last_activity_at FROM summaries
      UNION ALL
      SELECT cp.learner_id, cp.slides_seen, cp.completed_at, cp.last_activity_at
        FROM chapter_progress cp
       WHERE cp.learner_id = ANY (ARRAY(SELECT learner_id FROM touched))
         AND (cp.learner_id, cp.chapter_id) NOT IN (SELECT learner_id, chapter_id FROM touched)
    ), totals AS (
      SELECT learner_id, sum(slides_seen)::int AS slides_seen, count(completed_at)::int AS completed_chapters,
             max(last_activity_at) AS last_activity_at
        FROM chapters_now
       GROUP BY learner_id
    ), learner_update AS (
      UPDATE learners l
         SET last_activity_at = GREATEST(l.last_activity_at, t.last_activity_at),
             slides_seen = t.slides_seen,
             completed_chapters = t.completed_chapters
        FROM totals t
       WHERE l.id = ANY (ARRAY(SELECT learner_id FROM totals)) AND l.id = t.learner_id
    ), credited AS (
      SELECT DISTINCT ON (i.id) b.batch FROM inserted i JOIN batch b ON b.id = i.id ORDER BY i.id, b.batch
    )
    SELECT batch, count(*)::int AS accepted FROM credited GROUP BY batch;
END
$fn$;
