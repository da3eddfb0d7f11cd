import { z } from 'zod';
import { EMPLOYEE_ID_PATTERN, ENROLLMENT_CODE_MAX, LEARNER_FIELD_MAX } from './constants.ts';
import { clearableEmail, clearablePatterned, clearableText, optionalText, text } from './fields.ts';

/** A learner joins a cohort with its enrollment code, and may change their profile afterwards. */

const employeeId = () => clearablePatterned(LEARNER_FIELD_MAX.employeeId, EMPLOYEE_ID_PATTERN, 'May contain only letters, digits and . _ -');

/** `POST /api/join`. */
export const joinBody = z.object({
  code: z
    .string({ error: 'Expected an enrollment code.' })
    .min(1, 'Must not be empty.')
    .max(ENROLLMENT_CODE_MAX, `Must be at most ${ENROLLMENT_CODE_MAX} characters.`),
  displayName: text(LEARNER_FIELD_MAX.displayName),
  employeeId: employeeId().transform((value) => value ?? null),
  team: optionalText(LEARNER_FIELD_MAX.team),
  email: clearableEmail(LEARNER_FIELD_MAX.email).transform((value) => value ?? null),
});

/** The join request as the device sends it: already trimmed, blanks as null. */
export type JoinRequest = z.output<typeof joinBody>;

/** `PATCH /api/me`: absent fields stay, null or blank clears employeeId, team or email. */
export const profileBody = z
  .object({
    displayName: text(LEARNER_FIELD_MAX.displayName).optional(),
    employeeId: employeeId(),
    team: clearableText(LEARNER_FIELD_MAX.team),
    email: clearableEmail(LEARNER_FIELD_MAX.email),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), 'Send at least one of displayName, employeeId, team, email.');

/** The learner's cohort as their devices show it. */
export interface LearnerCohort {
  id: string;
  name: string;
  /** `YYYY-MM-DD` or null. */
  dueDate: string | null;
  archived: boolean;
}

/** The answer to a join: the learner's id and bearer token (shown once), and the cohort. */
export interface JoinResponse {
  learnerId: string;
  token: string;
  cohort: Omit<LearnerCohort, 'archived'>;
}

/** What the learner's own token may read about them. */
export interface PublicLearner {
  id: string;
  displayName: string;
  employeeId: string | null;
  team: string | null;
  email: string | null;
  joinedAt: number;
  lastActivityAt: number | null;
}

/** `GET /api/me`: the profile, and the cohort (so a due date the manager moved reaches the device). */
export interface MeResponse {
  learner: PublicLearner;
  cohort: LearnerCohort;
}
