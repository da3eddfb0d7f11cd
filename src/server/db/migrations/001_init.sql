-- People, cohorts, progress events and per-chapter summaries.
-- Times the server stamps are timestamptz; times the learner's device recorded (`at`) are
-- epoch milliseconds, exactly as the client sends them.

CREATE TABLE managers (
  id uuid PRIMARY KEY,
  email text NOT NULL UNIQUE,
  name text NOT NULL,
  password_hash text NOT NULL,
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE manager_sessions (
  token_hash text PRIMARY KEY,
  manager_id uuid NOT NULL REFERENCES managers (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX manager_sessions_manager_idx ON manager_sessions (manager_id);

CREATE TABLE cohorts (
  id uuid PRIMARY KEY,
  manager_id uuid NOT NULL REFERENCES managers (id) ON DELETE CASCADE,
  name text NOT NULL,
  due_date date,
  enrollment_code text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cohorts_manager_idx ON cohorts (manager_id);

CREATE TABLE learners (
  id uuid PRIMARY KEY,
  cohort_id uuid NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
  display_name text NOT NULL,
  employee_id text,
  team text,
  token_hash text NOT NULL UNIQUE,
  joined_at timestamptz NOT NULL DEFAULT now(),
  last_activity_at bigint
);
CREATE INDEX learners_cohort_idx ON learners (cohort_id);
CREATE UNIQUE INDEX learners_cohort_employee_idx ON learners (cohort_id, employee_id) WHERE employee_id IS NOT NULL;

CREATE TABLE progress_events (
  id uuid PRIMARY KEY,
  learner_id uuid NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
  type text NOT NULL CHECK (type IN ('slide_seen', 'quiz_submitted', 'chapter_completed')),
  at bigint NOT NULL,
  chapter_id text NOT NULL,
  slide_id text,
  attempt_id text,
  score double precision CHECK (score >= 0 AND score <= 1),
  answers jsonb,
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX progress_events_learner_chapter_idx ON progress_events (learner_id, chapter_id);

-- Derived from progress_events in the same transaction that stores them.
CREATE TABLE chapter_progress (
  learner_id uuid NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
  chapter_id text NOT NULL,
  slides_seen integer NOT NULL,
  best_score double precision,
  attempts integer NOT NULL,
  completed_at bigint,
  last_activity_at bigint NOT NULL,
  PRIMARY KEY (learner_id, chapter_id)
);
