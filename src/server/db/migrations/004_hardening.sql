-- Hardening.
--
-- Event ids are unique per learner, not across learners: one learner re-sending another's event
-- id must not have their own event dropped as a duplicate.
ALTER TABLE progress_events DROP CONSTRAINT progress_events_pkey;
ALTER TABLE progress_events ADD PRIMARY KEY (learner_id, id);

-- What each learner has stored, kept with every batch, for the per-learner quota.
ALTER TABLE learners
  ADD COLUMN events_stored integer NOT NULL DEFAULT 0,
  ADD COLUMN answer_bytes bigint NOT NULL DEFAULT 0;
UPDATE learners l
   SET events_stored = s.events, answer_bytes = s.answer_bytes
  FROM (SELECT learner_id, count(*)::int AS events, COALESCE(sum(octet_length(answers::text)), 0)::bigint AS answer_bytes
          FROM progress_events GROUP BY learner_id) s
 WHERE s.learner_id = l.id;

-- Failed sign-ins per e-mail address and source (a client address, or a device that has signed in
-- to that account before), whether or not the address has an account: the answer is the same
-- either way, and a stranger's failures lock out only the stranger. Replaces the per-account count.
CREATE TABLE login_throttle (
  email text NOT NULL,
  source text NOT NULL,
  failures integer NOT NULL,
  window_start timestamptz NOT NULL,
  locked_until timestamptz,
  PRIMARY KEY (email, source)
);
CREATE INDEX login_throttle_window_idx ON login_throttle (window_start);
ALTER TABLE managers DROP COLUMN failed_logins, DROP COLUMN locked_until;

-- Browsers a manager has signed in from (only the SHA-256 of the cookie's token is kept).
CREATE TABLE manager_devices (
  token_hash text PRIMARY KEY,
  manager_id uuid NOT NULL REFERENCES managers (id) ON DELETE CASCADE,
  last_used_at timestamptz NOT NULL
);
CREATE INDEX manager_devices_manager_idx ON manager_devices (manager_id);

-- As in 003, with event ids scoped to their learner and the quota counters kept.
CREATE OR REPLACE FUNCTION ingest_progress_events(rows jsonb, rules jsonb) RETURNS TABLE (batch int, accepted int)
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
      ON CONFLICT (learner_id, id) DO NOTHING
      RETURNING id, learner_id, type, at, chapter_id, slide_id, attempt_id, score, verdict,
                COALESCE(octet_length(answers::text), 0) AS answer_bytes
    ), stored AS (
      SELECT learner_id, count(*)::int AS events, sum(answer_bytes)::bigint AS answer_bytes FROM inserted GROUP BY learner_id
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
             completed_chapters = t.completed_chapters,
             events_stored = l.events_stored + s.events,
             answer_bytes = l.answer_bytes + s.answer_bytes
        FROM totals t JOIN stored s ON s.learner_id = t.learner_id
       WHERE l.id = ANY (ARRAY(SELECT learner_id FROM totals)) AND l.id = t.learner_id
    ), credited AS (
      SELECT DISTINCT ON (i.learner_id, i.id) b.batch
        FROM inserted i JOIN batch b ON b.learner_id = i.learner_id AND b.id = i.id
       ORDER BY i.learner_id, i.id, b.batch
    )
    SELECT batch, count(*)::int AS accepted FROM credited GROUP BY batch;
END
$fn$;
