import type { JoinResponse } from '../protocol/learners.ts';
import { ENROLLMENT_KEY } from './enrollment-key.ts';

/** The cohort as joining answered it (`POST /api/join`), kept in this browser. */
export type EnrolledCohort = JoinResponse['cohort'];

/** What joining a cohort leaves in this browser. */
export interface Enrollment {
  learnerId: string;
  /** Bearer token for the learner API; the server keeps only its hash. */
  token: string;
  cohort: EnrolledCohort;
  /** The server refused the token (a manager issued a new one): nothing is sent until it is replaced. */
  revoked?: boolean;
  /** Events the server will never accept (the course no longer has their chapter, slide or quiz). */
  undeliverable?: number;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

function isCohort(value: unknown): value is EnrolledCohort {
  if (typeof value !== 'object' || value === null) return false;
  const { id, name, dueDate } = value as Record<string, unknown>;
  return isText(id) && typeof name === 'string' && (dueDate === null || typeof dueDate === 'string');
}

/** Checks something read from storage or a link; anything malformed counts as no enrollment. */
export function parseEnrollment(value: unknown): Enrollment | null {
  if (typeof value !== 'object' || value === null) return null;
  const { learnerId, token, cohort, revoked, undeliverable } = value as Record<string, unknown>;
  if (!isText(learnerId) || !isText(token) || !isCohort(cohort)) return null;
  const { id, name, dueDate } = cohort;
  const enrollment: Enrollment = { learnerId, token, cohort: { id, name, dueDate } };
  if (revoked === true) enrollment.revoked = true;
  if (typeof undeliverable === 'number' && Number.isInteger(undeliverable) && undeliverable > 0) enrollment.undeliverable = undeliverable;
  return enrollment;
}

function area(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function readEnrollment(): Enrollment | null {
  const raw = area()?.getItem(ENROLLMENT_KEY);
  if (raw === null || raw === undefined) return null;
  try {
    return parseEnrollment(JSON.parse(raw));
  } catch {
    return null;
  }
}

/** Stores the enrollment; false if the browser refused (private mode, storage full). */
export function saveEnrollment(enrollment: Enrollment): boolean {
  const storage = area();
  if (storage === null) return false;
  try {
    storage.setItem(ENROLLMENT_KEY, JSON.stringify(enrollment));
    return true;
  } catch {
    return false;
  }
}

/** Changes the stored enrollment, if there is one; returns the result. */
export function updateEnrollment(change: (current: Enrollment) => Enrollment): Enrollment | null {
  const current = readEnrollment();
  if (current === null) return null;
  const next = change(current);
  saveEnrollment(next);
  return next;
}
