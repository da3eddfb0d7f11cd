import type { EnrolledCohort, Enrollment } from '../../sync/enrollment.ts';
import type { JoinRequest } from './join-validation.ts';

/** Why joining failed, each with a plain sentence for the learner. */
export type JoinFailure = 'notFound' | 'rateLimited' | 'offline' | 'employeeIdTaken' | 'invalid' | 'server' | 'storage';

async function errorCode(response: Response): Promise<string | null> {
  try {
    const body = (await response.json()) as { error?: { code?: unknown } };
    return typeof body.error?.code === 'string' ? body.error.code : null;
  } catch {
    return null;
  }
}

function isCohort(value: unknown): value is EnrolledCohort {
  if (typeof value !== 'object' || value === null) return false;
  const { id, name, dueDate } = value as Record<string, unknown>;
  return typeof id === 'string' && typeof name === 'string' && (dueDate === null || typeof dueDate === 'string');
}

/** `POST /api/join`: the new learner's id and token, and the cohort joined. Never throws. */
export async function requestJoin(request: JoinRequest): Promise<{ ok: true; enrollment: Enrollment } | { ok: false; failure: JoinFailure }> {
  let response: Response;
  try {
    response = await fetch('/api/join', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
      credentials: 'omit',
    });
  } catch {
    return { ok: false, failure: 'offline' };
  }
  if (response.ok) {
    const body = (await response.json().catch(() => null)) as { learnerId?: unknown; token?: unknown; cohort?: unknown } | null;
    if (typeof body?.learnerId !== 'string' || typeof body.token !== 'string' || !isCohort(body.cohort)) return { ok: false, failure: 'server' };
    const { id, name, dueDate } = body.cohort;
    return { ok: true, enrollment: { learnerId: body.learnerId, token: body.token, cohort: { id, name, dueDate } } };
  }
  if (response.status === 404) return { ok: false, failure: 'notFound' };
  if (response.status === 429) return { ok: false, failure: 'rateLimited' };
  if (response.status === 409) return { ok: false, failure: (await errorCode(response)) === 'employee_id_taken' ? 'employeeIdTaken' : 'server' };
  if (response.status === 400) return { ok: false, failure: 'invalid' };
  return { ok: false, failure: 'server' };
}

export interface LearnerProfile {
  id: string;
  displayName: string;
  employeeId: string | null;
  team: string | null;
}

/** `GET /api/me`: the profile the server holds for a token, or null if it cannot be had. */
export async function fetchOwnProfile(token: string): Promise<LearnerProfile | null> {
  try {
    const response = await fetch('/api/me', { headers: { authorization: `Bearer ${token}` }, credentials: 'omit', cache: 'no-store' });
    if (!response.ok) return null;
    const { learner } = (await response.json()) as { learner?: Partial<LearnerProfile> };
    if (typeof learner?.id !== 'string' || typeof learner.displayName !== 'string') return null;
    return { id: learner.id, displayName: learner.displayName, employeeId: learner.employeeId ?? null, team: learner.team ?? null };
  } catch {
    return null;
  }
}
