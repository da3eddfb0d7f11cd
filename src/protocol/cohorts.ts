import { z } from 'zod';
import { COHORT_NAME_MAX } from './constants.ts';
import { isoDate, text, uuid } from './fields.ts';

/** A manager's cohorts: creating, renaming, moving the due date, archiving, removing learners. */

export interface Cohort {
  id: string;
  name: string;
  /** `YYYY-MM-DD` or null. */
  dueDate: string | null;
  enrollmentCode: string;
  /** Epoch milliseconds. */
  createdAt: number;
  /** When the cohort was archived (epoch milliseconds): hidden by default, joining refused; null while active. */
  archivedAt: number | null;
  /** Learners in the cohort (removed ones not counted). */
  learnerCount: number;
}

/** The cohort and learner in a manager's URL. */
export const cohortParams = z.object({ id: uuid });
export const learnerParams = z.object({ id: uuid, learnerId: uuid });

/** `POST /api/manager/cohorts`. */
export const createCohortBody = z.object({
  name: text(COHORT_NAME_MAX),
  dueDate: isoDate.nullable().optional().transform((value) => value ?? null),
});
export type NewCohort = z.input<typeof createCohortBody>;

/** `PATCH /api/manager/cohorts/:id`. */
export const cohortPatchBody = z
  .object({
    name: text(COHORT_NAME_MAX).optional(),
    dueDate: isoDate.nullable().optional(),
  })
  .refine((body) => body.name !== undefined || body.dueDate !== undefined, 'Send name, dueDate or both.');
export type CohortPatch = z.input<typeof cohortPatchBody>;

/** `GET /api/manager/cohorts?archived=1` lists the archived ones instead. */
export const cohortListQuery = z.object({
  archived: z.enum(['0', '1']).default('0').transform((value) => value === '1'),
});

/** `POST …/learners/:learnerId/remove`: `keep` leaves the record, `erase` deletes everything. */
export const removeLearnerBody = z.object({
  mode: z.enum(['keep', 'erase'], { error: 'Expected mode "keep" (the record stays) or "erase" (everything is deleted).' }),
});
export type RemovalMode = z.input<typeof removeLearnerBody>['mode'];
