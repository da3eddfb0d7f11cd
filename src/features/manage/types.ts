import type { LearnerStatus } from '../../protocol/reports.ts';

/** The manager API's answers are the protocol's report types; the dashboard only reads them. */
export type { AttemptRecord as Attempt, ChapterCell, Cohort, LearnerDetail, LearnerStatus, Matrix, MatrixChapter, MatrixLearner } from '../../protocol/reports.ts';

export interface Manager {
  id: string;
  email: string;
  name: string;
}

export type StatusFilter = LearnerStatus | 'overdue';
export const STATUS_FILTERS: readonly StatusFilter[] = ['not_started', 'in_progress', 'completed', 'overdue'];

export const MATRIX_SORTS = ['name', 'employeeId', 'team', 'progress', 'lastActive'] as const;
export type MatrixSort = (typeof MATRIX_SORTS)[number];

export interface MatrixQuery {
  sort: MatrixSort;
  order: 'asc' | 'desc';
  status: StatusFilter | null;
  team: string | null;
  q: string;
  /** 1-based. */
  page: number;
}
