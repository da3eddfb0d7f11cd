import type { AttemptRecord } from '../../protocol/attempts.ts';
/** What the manager API returns (see the server's reports); the dashboard only reads these. */

export interface Manager {
  id: string;
  email: string;
  name: string;
}

export interface Cohort {
  id: string;
  name: string;
  /** `YYYY-MM-DD` or null. */
  dueDate: string | null;
  enrollmentCode: string;
  /** Epoch milliseconds. */
  createdAt: number;
  learnerCount: number;
}

export type LearnerStatus = 'not_started' | 'in_progress' | 'completed';
export type StatusFilter = LearnerStatus | 'overdue';
export const STATUS_FILTERS: readonly StatusFilter[] = ['not_started', 'in_progress', 'completed', 'overdue'];

export interface ChapterCell {
  chapterId: string;
  slidesSeen: number;
  /** 0..100. */
  seenPercent: number;
  /** 0..1, or null before any attempt. */
  bestScore: number | null;
  attempts: number;
  completedAt: number | null;
}

export interface MatrixChapter {
  id: string;
  order: number;
  title: { 'zh-CN': string; en: string };
  slideCount: number;
  quizCount: number;
}

export interface MatrixLearner {
  id: string;
  displayName: string;
  employeeId: string | null;
  team: string | null;
  joinedAt: number;
  lastActivityAt: number | null;
  status: LearnerStatus;
  overdue: boolean;
  completedChapters: number;
  progressPercent: number;
  chapters: ChapterCell[];
}

export interface Matrix {
  cohort: Cohort;
  chapters: MatrixChapter[];
  teams: string[];
  total: number;
  offset: number;
  limit: number;
  learners: MatrixLearner[];
}

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

export type Attempt = AttemptRecord;

export interface LearnerDetail {
  learner: Omit<MatrixLearner, 'completedChapters' | 'progressPercent' | 'chapters'>;
  chapters: ChapterCell[];
  /** Newest first. */
  attempts: Attempt[];
}
