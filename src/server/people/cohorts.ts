import { randomUUID } from 'node:crypto';
import type { Cohort } from '../../protocol/reports.ts';
import type { Queryable } from '../db/types.ts';
import { newEnrollmentCode } from '../auth/tokens.ts';

export type { Cohort };

interface CohortRow {
  id: string;
  name: string;
  due_date: string | null;
  enrollment_code: string;
  created_at: Date;
  learner_count: number;
}

const toCohort = (row: CohortRow): Cohort => ({
  id: row.id,
  name: row.name,
  dueDate: row.due_date,
  enrollmentCode: row.enrollment_code,
  createdAt: row.created_at.getTime(),
  learnerCount: row.learner_count,
});

const SELECT_COHORTS = `
  SELECT c.id, c.name, c.due_date, c.enrollment_code, c.created_at,
         (SELECT count(*) FROM learners l WHERE l.cohort_id = c.id)::int AS learner_count
    FROM cohorts c`;

export async function createCohort(db: Queryable, managerId: string, input: { name: string; dueDate: string | null }): Promise<Cohort> {
  const id = randomUUID();
  // Codes are random over 29^8 values; a collision is retried with a fresh code.
  for (let attempt = 0; attempt < 5; attempt++) {
    const result = await db.query(
      `INSERT INTO cohorts (id, manager_id, name, due_date, enrollment_code)
       VALUES ($1, $2, $3, $4::date, $5) ON CONFLICT (enrollment_code) DO NOTHING`,
      [id, managerId, input.name, input.dueDate, newEnrollmentCode()],
    );
    if (result.rowCount === 1) return (await findOwnedCohort(db, managerId, id))!;
  }
  throw new Error('Could not find a free enrollment code');
}

export async function listCohorts(db: Queryable, managerId: string): Promise<Cohort[]> {
  const { rows } = await db.query<CohortRow>(`${SELECT_COHORTS} WHERE c.manager_id = $1 ORDER BY c.created_at DESC, c.id`, [managerId]);
  return rows.map(toCohort);
}

/** The cohort if it exists and belongs to this manager; otherwise null (the caller answers 404). */
export async function findOwnedCohort(db: Queryable, managerId: string, cohortId: string): Promise<Cohort | null> {
  const { rows } = await db.query<CohortRow>(`${SELECT_COHORTS} WHERE c.id = $1 AND c.manager_id = $2`, [cohortId, managerId]);
  return rows[0] === undefined ? null : toCohort(rows[0]);
}

export async function findCohortByCode(db: Queryable, code: string): Promise<{ id: string; name: string; dueDate: string | null } | null> {
  const { rows } = await db.query<{ id: string; name: string; due_date: string | null }>(
    'SELECT id, name, due_date FROM cohorts WHERE enrollment_code = $1',
    [code],
  );
  const row = rows[0];
  return row === undefined ? null : { id: row.id, name: row.name, dueDate: row.due_date };
}
