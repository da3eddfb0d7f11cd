-- The server grades tests and derives completion from its own record.
-- `score` of a quiz_submitted event is now the server's score; what the device claimed is kept
-- in `claimed_score`; `verdict` says how the server judged the attempt; `seed` drew its questions.
ALTER TABLE progress_events
  ADD COLUMN claimed_score double precision CHECK (claimed_score >= 0 AND claimed_score <= 1),
  ADD COLUMN seed bigint,
  ADD COLUMN verdict text CHECK (verdict IN ('graded', 'wrong_questions', 'cooldown', 'daily_limit', 'unverified'));

-- Scores stored until now were the device's claim: keep them as claims and believe none of them,
-- nor the completions that rested on them.
UPDATE progress_events
   SET claimed_score = score, score = NULL, verdict = 'unverified'
 WHERE type = 'quiz_submitted';
UPDATE chapter_progress SET best_score = NULL, completed_at = NULL;
UPDATE learners SET completed_chapters = 0;

CREATE INDEX progress_events_attempts_idx ON progress_events (learner_id, chapter_id, at) WHERE type = 'quiz_submitted';

-- A certificate the server issued, verifiable by its code; one per learner.
CREATE TABLE certificates (
  code text PRIMARY KEY,
  learner_id uuid NOT NULL UNIQUE REFERENCES learners (id) ON DELETE CASCADE,
  course_id text NOT NULL,
  display_name text NOT NULL,
  score double precision NOT NULL CHECK (score >= 0 AND score <= 1),
  completed_at bigint NOT NULL,
  issued_at timestamptz NOT NULL DEFAULT now()
);

-- As in 002, plus the course's rules (one row per chapter: slide count, least reading span,
-- pass mark, whether it has a test), so that completion is derived here from the record:
-- every slide seen, over a plausible span, and a test graded by the server at the pass mark.
-- The completion time is when the last of those became true; once stamped it never moves.
DROP FUNCTION ingest_progress_events(jsonb);
CREATE FUNCTION ingest_progress_events(rows jsonb, rules jsonb) RETURNS TABLE (batch int, accepted int)
LANGUAGE plpgsql AS $fn$
#variable_conflict use_column
BEGIN
  RETURN QUERY
    WITH batch AS (
      SELECT * FROM jsonb_to_recordset(rows)
             AS e(batch int, learner_id uuid, id uuid, type text, at bigint, chapter_id text, slide_id text,
                  attempt_id text, score double precision, claimed_score double precision, seed bigint,
                  verdict text, answers jsonb)
    ), rule AS (
      SELECT * FROM jsonb_to_recordset(rules)
             AS r(chapter_id text, slides int, reading_span_ms bigint, pass_mark double precision, has_test boolean)
    ), inserted AS (
      INSERT INTO progress_events (id, learner_id, type, at, chapter_id, slide_id, attempt_id, score, claimed_score, seed, verdict, answers)
      SELECT id, learner_id, type, at, chapter_id, slide_id, attempt_id, score, claimed_score, seed, verdict, answers FROM batch
      ON CONFLICT (id) DO NOTHING
      RETURNING id, learner_id, type, at, chapter_id, slide_id, attempt_id, score, verdict
    ), touched AS (
      SELECT DISTINCT learner_id, chapter_id FROM inserted
    ), chapter_events AS (
      SELECT p.learner_id, p.type, p.at, p.chapter_id, p.slide_id, p.attempt_id, p.score, p.verdict
        FROM progress_events p
       WHERE p.learner_id = ANY (ARRAY(SELECT learner_id FROM touched))
         AND (p.learner_id, p.chapter_id) IN (SELECT learner_id, chapter_id FROM touched)
      UNION ALL
      SELECT learner_id, type, at, chapter_id, slide_id, attempt_id, score, verdict FROM inserted
    ), first_seen AS (
      SELECT learner_id, chapter_id, slide_id, min(at) AS at
        FROM chapter_events WHERE type = 'slide_seen'
       GROUP BY learner_id, chapter_id, slide_id
    ), reading AS (
      SELECT learner_id, chapter_id, count(*)::int AS slides_seen, min(at) AS first_at, max(at) AS last_at
        FROM first_seen GROUP BY learner_id, chapter_id
    ), testing AS (
      SELECT e.learner_id, e.chapter_id,
             max(e.score) FILTER (WHERE e.type = 'quiz_submitted' AND e.verdict = 'graded') AS best_score,
             count(DISTINCT e.attempt_id) FILTER (WHERE e.type = 'quiz_submitted' AND e.verdict = 'graded')::int AS attempts,
             min(e.at) FILTER (WHERE e.type = 'quiz_submitted' AND e.verdict = 'graded' AND e.score + 1e-9 >= r.pass_mark) AS passed_at,
             max(e.at) AS last_activity_at
        FROM chapter_events e LEFT JOIN rule r ON r.chapter_id = e.chapter_id
       GROUP BY e.learner_id, e.chapter_id
    ), derived AS (
      SELECT t.learner_id, t.chapter_id, COALESCE(g.slides_seen, 0) AS slides_seen, t.best_score, t.attempts, t.last_activity_at,
             CASE WHEN r.chapter_id IS NOT NULL
                   AND COALESCE(g.slides_seen, 0) >= r.slides
                   AND g.last_at - g.first_at >= r.reading_span_ms
                   AND (NOT r.has_test OR t.passed_at IS NOT NULL)
                  THEN GREATEST(g.last_at, COALESCE(t.passed_at, g.last_at)) END AS completed_at
        FROM testing t
        LEFT JOIN reading g ON g.learner_id = t.learner_id AND g.chapter_id = t.chapter_id
        LEFT JOIN rule r ON r.chapter_id = t.chapter_id
    ), summaries AS (
      INSERT INTO chapter_progress AS cp (learner_id, chapter_id, slides_seen, best_score, attempts, completed_at, last_activity_at)
      SELECT learner_id, chapter_id, slides_seen, best_score, attempts, completed_at, last_activity_at FROM derived
      ON CONFLICT (learner_id, chapter_id) DO UPDATE
         SET slides_seen = EXCLUDED.slides_seen,
             best_score = EXCLUDED.best_score,
             attempts = EXCLUDED.attempts,
             completed_at = COALESCE(cp.completed_at, EXCLUDED.completed_at),
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
