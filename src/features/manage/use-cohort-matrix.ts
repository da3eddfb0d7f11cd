import { ALL_LEARNERS, loadMatrix, matrixParams, PAGE_SIZE } from './manager-api.ts';
import type { ApiResult } from '../../http/api-client.ts';
import type { Matrix, MatrixLearner, MatrixQuery } from './types.ts';
import { usePolledData, type PolledData } from './use-polled-data.ts';

export interface CohortMatrix {
  /** One page of learners, as the table shows it. */
  page: Matrix;
  /** Every learner matching the filters, for the charts (the page itself when it holds them all). */
  all: MatrixLearner[];
}

async function loadBoth(cohortId: string, query: MatrixQuery): Promise<ApiResult<CohortMatrix>> {
  const page = await loadMatrix(cohortId, matrixParams(query));
  if (!page.ok) return page;
  if (page.data.offset === 0 && page.data.learners.length >= page.data.total) return { ok: true, data: { page: page.data, all: page.data.learners } };
  const all = await loadMatrix(cohortId, matrixParams({ ...query, page: 1 }, ALL_LEARNERS));
  if (!all.ok) return all;
  return { ok: true, data: { page: page.data, all: all.data.learners } };
}

/** The cohort's matrix for `query`, refreshed every 30 s while visible. */
export function useCohortMatrix(cohortId: string, query: MatrixQuery): PolledData<CohortMatrix> {
  const key = `${cohortId}?${matrixParams(query, PAGE_SIZE)}`;
  return usePolledData(key, () => loadBoth(cohortId, query));
}
