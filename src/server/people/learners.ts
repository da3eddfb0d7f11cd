import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/types.ts';
import { conflict } from '../errors.ts';
import { newToken, sha256 } from '../auth/tokens.ts';

export interface LearnerProfile {
  displayName: string;
  employeeId: string | null;
  team: string | null;
  /** Where reminders go, if the learner gave an address. */
  email: string | null;
}

export interface Learner extends LearnerProfile {
  id: string;
  cohortId: string;
  /** Epoch milliseconds. */
  joinedAt: number;
  /** Device time of the learner's latest event, or null before any. */
  lastActivityAt: number | null;
}

export interface LearnerRow {
  id: string;
  cohort_id: string;
  display_name: string;
  employee_id: string | null;
  team: string | null;
  email: string | null;
  joined_at: Date;
  last_activity_at: number | null;
}

export const LEARNER_COLUMNS = 'id, cohort_id, display_name, employee_id, team, email, joined_at, last_activity_at';

export function toLearner(row: LearnerRow): Learner {
  return {
    id: row.id,
    cohortId: row.cohort_id,
    displayName: row.display_name,
    employeeId: row.employee_id,
    team: row.team,
    email: row.email,
    joinedAt: row.joined_at.getTime(),
    lastActivityAt: row.last_activity_at,
  };
}

const employeeTaken = () =>
  conflict('employee_id_taken', 'Someone with this employee ID has already joined this cohort. Ask your manager for a new sign-in link.');

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === '23505';
}

/** Adds a learner to a cohort and returns their bearer token (shown once, stored hashed). */
export async function joinCohort(db: Queryable, cohortId: string, profile: LearnerProfile): Promise<{ learner: Learner; token: string }> {
  const token = newToken();
  try {
    const { rows } = await db.query<LearnerRow>(
      `INSERT INTO learners (id, cohort_id, display_name, employee_id, team, email, token_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (cohort_id, employee_id) WHERE employee_id IS NOT NULL AND removed_at IS NULL DO NOTHING
       RETURNING ${LEARNER_COLUMNS}`,
      [randomUUID(), cohortId, profile.displayName, profile.employeeId, profile.team, profile.email, sha256(token)],
    );
    if (rows[0] === undefined) throw employeeTaken();
    return { learner: toLearner(rows[0]), token };
  } catch (error) {
    if (isUniqueViolation(error)) throw employeeTaken();
    throw error;
  }
}

export async function findLearnerByToken(db: Queryable, token: string): Promise<Learner | null> {
  const { rows } = await db.query<LearnerRow>(`SELECT ${LEARNER_COLUMNS} FROM learners WHERE token_hash = $1`, [sha256(token)]);
  return rows[0] === undefined ? null : toLearner(rows[0]);
}

export async function findLearnerInCohort(db: Queryable, cohortId: string, learnerId: string): Promise<Learner | null> {
  const { rows } = await db.query<LearnerRow>(`SELECT ${LEARNER_COLUMNS} FROM learners WHERE id = $1 AND cohort_id = $2 AND removed_at IS NULL`, [
    learnerId,
    cohortId,
  ]);
  return rows[0] === undefined ? null : toLearner(rows[0]);
}

/** Changes only the fields given; the learner row is the caller's own (checked by the token). */
export async function updateProfile(db: Queryable, learnerId: string, patch: Partial<LearnerProfile>): Promise<Learner> {
  try {
    const { rows } = await db.query<LearnerRow>(
      `UPDATE learners
          SET display_name = CASE WHEN $2 THEN $3 ELSE display_name END,
              employee_id = CASE WHEN $4 THEN $5 ELSE employee_id END,
              team = CASE WHEN $6 THEN $7 ELSE team END,
              email = CASE WHEN $8 THEN $9 ELSE email END
        WHERE id = $1
        RETURNING ${LEARNER_COLUMNS}`,
      [
        learnerId,
        patch.displayName !== undefined,
        patch.displayName ?? null,
        patch.employeeId !== undefined,
        patch.employeeId ?? null,
        patch.team !== undefined,
        patch.team ?? null,
        patch.email !== undefined,
        patch.email ?? null,
      ],
    );
    return toLearner(rows[0]!);
  } catch (error) {
    if (isUniqueViolation(error)) throw employeeTaken();
    throw error;
  }
}

/** A new token for a learner who lost theirs; the old one stops working at once. */
export async function reissueToken(db: Queryable, learnerId: string): Promise<string> {
  const token = newToken();
  await db.query('UPDATE learners SET token_hash = $2 WHERE id = $1', [learnerId, sha256(token)]);
  return token;
}

/**
 * Takes a learner out of their cohort. `keep`: they leave its lists and reports and their sign-in
 * stops working, while their record (events, scores, certificate) stays for the record. `erase`:
 * the learner and everything stored about them are deleted (an issued certificate stops verifying).
 */
export async function removeLearner(db: Queryable, learnerId: string, mode: 'keep' | 'erase'): Promise<void> {
  if (mode === 'erase') {
    await db.query('DELETE FROM learners WHERE id = $1', [learnerId]);
    return;
  }
  await db.query('UPDATE learners SET removed_at = now(), token_hash = $2 WHERE id = $1', [learnerId, `removed:${sha256(newToken())}`]);
}
