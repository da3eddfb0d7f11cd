import type { MatrixSort as ServerSort, StatusFilter } from '../../protocol/constants.ts';

/** The manager API's answers are the protocol's types; the dashboard only reads them. */
export type { Cohort } from '../../protocol/cohorts.ts';
export type { Manager } from '../../protocol/managers.ts';
export type { AttemptRecord as Attempt, ChapterCell, LearnerDetail, LearnerStatus, Matrix, MatrixChapter, MatrixLearner } from '../../protocol/reports.ts';
export { STATUS_FILTERS, type StatusFilter } from '../../protocol/constants.ts';

/** The columns the dashboard sorts the matrix by (the server knows a few more). */
export const MATRIX_SORTS = ['name', 'employeeId', 'team', 'progress', 'lastActive'] as const satisfies readonly ServerSort[];
export type MatrixSort = (typeof MATRIX_SORTS)[number];

/** The matrix as the dashboard's address keeps it. */
export interface MatrixQuery {
  sort: MatrixSort;
  order: 'asc' | 'desc';
  status: StatusFilter | null;
  team: string | null;
  q: string;
  /** 1-based. */
  page: number;
}
