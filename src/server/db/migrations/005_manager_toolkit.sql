-- The manager's toolkit: archived cohorts, learners removed from a cohort (their record kept),
-- an optional e-mail address for reminders, and when a learner was last reminded.
ALTER TABLE cohorts ADD COLUMN archived_at timestamptz;

ALTER TABLE learners
  ADD COLUMN email text,
  ADD COLUMN removed_at timestamptz,
  ADD COLUMN reminded_at timestamptz;

-- A removed learner's employee ID may join the cohort again; among those present it stays unique.
DROP INDEX learners_cohort_employee_idx;
CREATE UNIQUE INDEX learners_cohort_employee_idx ON learners (cohort_id, employee_id)
  WHERE employee_id IS NOT NULL AND removed_at IS NULL;
