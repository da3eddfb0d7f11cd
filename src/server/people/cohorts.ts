import { randomUUID } from 'node:crypto';
import type { Cohort } from '../../protocol/cohorts.ts';
import type { LearnerCohort } from '../../protocol/learners.ts';
import type { Queryable } from '../db/types.ts';
import { newEnrollmentCode } from '../auth/tokens.ts';
import { badRequest } from '../errors.ts';

export type { Cohort };

interface CohortRow {
  id: string;
  name: string;
  due_date: string | null;
  enrollment_code: string;
  created_at: Date;
  archived_at: Date | null;
  learner_count: number;
}

const toCohort = (row: CohortRow): Cohort => ({
  id: row.id,
  name: row.name,
  dueDate: row.due_date,
  enrollmentCode: row.enrollment_code,
  createdAt: row.created_at.getTime(),
  archivedAt: row.archived_at === null ? null : row.archived_at.getTime(),
  learnerCount: row.learner_count,
});

const SELECT_COHORTS = `
  SELECT c.id, c.name, c.due_date::text AS due_date, c.enrollment_code, c.created_at, c.archived_at,
         (SELECT count(*) FROM learners l WHERE l.cohort_id = c.id AND l.removed_at IS NULL)::int AS learner_count
    FROM cohorts c`;

/**
 * The first calendar date that has not ended anywhere on Earth (UTC−12): a due date before it is
 * in the past for every learner, whatever their time zone, and is refused.
 */
export function earliestDueDate(now: number): string {
  return new Date(now - 12 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

export function assertDueDateAhead(dueDate: string | null, now: number): void {
  if (dueDate !== null && dueDate < earliestDueDate(now)) {
    throw badRequest('due_date_past', `The due date ${dueDate} has already passed; choose today or a later date.`);
  }
}

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

/** The manager's cohorts, newest first; archived ones only when asked for. */
export async function listCohorts(db: Queryable, managerId: string, options: { archived?: boolean } = {}): Promise<Cohort[]> {
  const { rows } = await db.query<CohortRow>(
    `${SELECT_COHORTS} WHERE c.manager_id = $1 AND ($2::boolean OR c.archived_at IS NULL) ORDER BY c.created_at DESC, c.id`,
    [managerId, options.archived ?? false],
  );
  return rows.map(toCohort);
}

/** The cohort if it exists and belongs to this manager; otherwise null (the caller answers 404). */
export async function findOwnedCohort(db: Queryable, managerId: string, cohortId: string): Promise<Cohort | null> {
  const { rows } = await db.query<CohortRow>(`${SELECT_COHORTS} WHERE c.id = $1 AND c.manager_id = $2`, [cohortId, managerId]);
  return rows[0] === undefined ? null : toCohort(rows[0]);
}

export interface CohortPatch {
  name?: string;
  /** null clears the due date; undefined keeps it. */
  dueDate?: string | null;
}

/** Renames the cohort or moves its due date; fields left out stay as they are. */
export async function updateCohort(db: Queryable, cohort: Cohort, patch: CohortPatch): Promise<Cohort> {
  await db.query(
    `UPDATE cohorts
        SET name = CASE WHEN $2 THEN $3 ELSE name END,
            due_date = CASE WHEN $4 THEN $5::date ELSE due_date END
      WHERE id = $1`,
    [cohort.id, patch.name !== undefined, patch.name ?? null, patch.dueDate !== undefined, patch.dueDate ?? null],
  );
  return { ...cohort, ...patch };
}

/** Archives (hidden from the list, joining refused) or restores a cohort; its learners' records stay. */
export async function setArchived(db: Queryable, cohort: Cohort, archived: boolean, now: number): Promise<Cohort> {
  const archivedAt = archived ? (cohort.archivedAt ?? now) : null;
  await db.query('UPDATE cohorts SET archived_at = $2 WHERE id = $1', [cohort.id, archivedAt === null ? null : new Date(archivedAt)]);
  return { ...cohort, archivedAt };
}

export async function findCohortByCode(db: Queryable, code: string): Promise<LearnerCohort | null> {
  const { rows } = await db.query<{ id: string; name: string; due_date: string | null; archived: boolean }>(
    'SELECT id, name, due_date::text AS due_date, archived_at IS NOT NULL AS archived FROM cohorts WHERE enrollment_code = $1',
    [code],
  );
  const row = rows[0];
  return row === undefined ? null : { id: row.id, name: row.name, dueDate: row.due_date, archived: row.archived };
}

/** The cohort a learner belongs to, as the learner's device shows it. */
export async function learnerCohort(db: Queryable, cohortId: string): Promise<LearnerCohort> {
  const { rows } = await db.query<{ id: string; name: string; due_date: string | null; archived: boolean }>(
    'SELECT id, name, due_date::text AS due_date, archived_at IS NOT NULL AS archived FROM cohorts WHERE id = $1',
    [cohortId],
  );
  const row = rows[0]!;
  return { id: row.id, name: row.name, dueDate: row.due_date, archived: row.archived };
}
