import { apiCall } from '../../http/api-client.ts';
import type { CohortPatch, NewCohort, RemovalMode } from '../../protocol/cohorts.ts';
import { MATRIX_LIMIT_MAX } from '../../protocol/constants.ts';
import type { ItemAnalysis } from '../../protocol/item-analysis.ts';
import type { SignInRequest } from '../../protocol/managers.ts';
import type { BehindList, ReminderRequest, ReminderResult } from '../../protocol/reminders.ts';
import type { Cohort, LearnerDetail, Manager, Matrix, MatrixQuery } from './types.ts';

/** Learners per page of the matrix. */
export const PAGE_SIZE = 50;
/** As many as the server answers at once: enough for the charts to cover a whole (filtered) cohort. */
export const ALL_LEARNERS = MATRIX_LIMIT_MAX;

const cohortPath = (cohortId: string) => `/api/manager/cohorts/${encodeURIComponent(cohortId)}`;

export const signIn = (email: string, password: string) =>
  apiCall<{ manager: Manager }>('/api/manager/login', { method: 'POST', body: { email, password } satisfies SignInRequest });

export const signOut = () => apiCall<{ ok: true }>('/api/manager/logout', { method: 'POST', body: {} });

export const whoAmI = () => apiCall<{ manager: Manager }>('/api/manager/me');

export const listCohorts = (archived = false) => apiCall<{ cohorts: Cohort[] }>(`/api/manager/cohorts${archived ? '?archived=1' : ''}`);

export const getCohort = (cohortId: string) => apiCall<{ cohort: Cohort }>(cohortPath(cohortId));

export const createCohort = (input: NewCohort) =>
  apiCall<{ cohort: Cohort }>('/api/manager/cohorts', { method: 'POST', body: input });

export const updateCohort = (cohortId: string, patch: CohortPatch) =>
  apiCall<{ cohort: Cohort }>(cohortPath(cohortId), { method: 'PATCH', body: patch });

export const setArchived = (cohortId: string, archived: boolean) =>
  apiCall<{ cohort: Cohort }>(`${cohortPath(cohortId)}/${archived ? 'archive' : 'restore'}`, { method: 'POST', body: {} });

export const loadItems = (cohortId: string, chapterId: string) =>
  apiCall<ItemAnalysis>(`${cohortPath(cohortId)}/items?chapter=${encodeURIComponent(chapterId)}`);

export const itemsCsvUrl = (cohortId: string, chapterId: string, locale: string) =>
  `${cohortPath(cohortId)}/items.csv?${new URLSearchParams({ chapter: chapterId, locale })}`;

export const loadBehind = (cohortId: string, days: number) => apiCall<BehindList>(`${cohortPath(cohortId)}/behind?days=${days}`);

export const sendReminders = (cohortId: string, request: ReminderRequest) =>
  apiCall<ReminderResult>(`${cohortPath(cohortId)}/reminders`, { method: 'POST', body: request });

export const removeLearner = (cohortId: string, learnerId: string, mode: RemovalMode) =>
  apiCall<{ learnerId: string; mode: string }>(`${cohortPath(cohortId)}/learners/${encodeURIComponent(learnerId)}/remove`, { method: 'POST', body: { mode } });

/** The filters of a matrix query as URL parameters (sorting and paging left out). */
export function filterParams(query: MatrixQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.status) params.set('status', query.status);
  if (query.team) params.set('team', query.team);
  if (query.q.trim()) params.set('q', query.q.trim());
  return params;
}

export function matrixParams(query: MatrixQuery, limit = PAGE_SIZE): URLSearchParams {
  const params = filterParams(query);
  params.set('sort', query.sort);
  params.set('order', query.order);
  params.set('limit', String(limit));
  params.set('offset', String((query.page - 1) * limit));
  return params;
}

export const loadMatrix = (cohortId: string, params: URLSearchParams) => apiCall<Matrix>(`${cohortPath(cohortId)}/matrix?${params}`);

/** One learner's detail with the newest page of attempts, or the page older than `before`. */
export const loadLearner = (cohortId: string, learnerId: string, before?: string) =>
  apiCall<LearnerDetail>(
    `${cohortPath(cohortId)}/learners/${encodeURIComponent(learnerId)}${before === undefined ? '' : `?before=${encodeURIComponent(before)}`}`,
  );

export const reissueToken = (cohortId: string, learnerId: string) =>
  apiCall<{ learnerId: string; token: string }>(`${cohortPath(cohortId)}/learners/${encodeURIComponent(learnerId)}/token`, {
    method: 'POST',
    body: {},
  });

/** The CSV download of the filtered matrix, headed in `locale`, times in the manager's time zone. */
export function exportUrl(cohortId: string, query: MatrixQuery, locale: string): string {
  const params = filterParams(query);
  params.set('sort', query.sort);
  params.set('order', query.order);
  params.set('locale', locale);
  const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (tz) params.set('tz', tz);
  return `${cohortPath(cohortId)}/export.csv?${params}`;
}
