import { apiCall } from '../../http/api-client.ts';
import type { EnrolledCohort, Enrollment } from '../../sync/enrollment.ts';
import type { JoinRequest, JoinResponse, MeResponse, PublicLearner } from '../../protocol/learners.ts';

/** Why joining failed, each with a plain sentence for the learner. */
export type JoinFailure = 'notFound' | 'archived' | 'rateLimited' | 'offline' | 'employeeIdTaken' | 'invalid' | 'server' | 'storage';

function isCohort(value: unknown): value is EnrolledCohort {
  if (typeof value !== 'object' || value === null) return false;
  const { id, name, dueDate } = value as Record<string, unknown>;
  return typeof id === 'string' && typeof name === 'string' && (dueDate === null || typeof dueDate === 'string');
}

/** `POST /api/join`: the new learner's id and token, and the cohort joined. Never throws. */
export async function requestJoin(request: JoinRequest): Promise<{ ok: true; enrollment: Enrollment } | { ok: false; failure: JoinFailure }> {
  // The answer is checked, not trusted: anything else answering at this address is "server".
  const result = await apiCall<Partial<JoinResponse> | null>('/api/join', { method: 'POST', body: request });
  if (result.ok) {
    const body = result.data;
    if (typeof body?.learnerId !== 'string' || typeof body.token !== 'string' || !isCohort(body.cohort)) return { ok: false, failure: 'server' };
    const { id, name, dueDate } = body.cohort;
    return { ok: true, enrollment: { learnerId: body.learnerId, token: body.token, cohort: { id, name, dueDate } } };
  }
  const { status, code } = result.error;
  if (code === 'offline') return { ok: false, failure: 'offline' };
  if (status === 404) return { ok: false, failure: 'notFound' };
  if (status === 410 && code === 'cohort_archived') return { ok: false, failure: 'archived' };
  if (status === 429) return { ok: false, failure: 'rateLimited' };
  if (status === 409) return { ok: false, failure: code === 'employee_id_taken' ? 'employeeIdTaken' : 'server' };
  if (status === 400) return { ok: false, failure: 'invalid' };
  return { ok: false, failure: 'server' };
}

export type LearnerProfile = Pick<PublicLearner, 'id' | 'displayName' | 'employeeId' | 'team'>;

/** `GET /api/me`: the profile the server holds for a token, or null if it cannot be had. */
export async function fetchOwnProfile(token: string): Promise<LearnerProfile | null> {
  const result = await apiCall<{ learner?: Partial<MeResponse['learner']> } | null>('/api/me', { token });
  const learner = result.ok ? result.data?.learner : undefined;
  if (typeof learner?.id !== 'string' || typeof learner.displayName !== 'string') return null;
  return { id: learner.id, displayName: learner.displayName, employeeId: learner.employeeId ?? null, team: learner.team ?? null };
}
