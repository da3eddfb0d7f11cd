import type { LocalizedText } from '../content/types.ts';
import type { Verdict } from './events.ts';

/** What the manager API answers: the server builds these, the dashboard reads them. */

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

export type LearnerStatus = 'not_started' | 'in_progress' | 'completed';

/** One learner × chapter cell of the matrix. */
export interface ChapterCell {
  chapterId: string;
  slidesSeen: number;
  /** Share of the chapter's slides seen, 0..100, rounded down. */
  seenPercent: number;
  /** Best score 0..1 among the attempts the server graded, or null before any. */
  bestScore: number | null;
  /** Attempts the server graded. */
  attempts: number;
  /** Epoch milliseconds of the completion the server derived, or null. */
  completedAt: number | null;
}

export interface MatrixChapter {
  id: string;
  order: number;
  title: LocalizedText;
  slideCount: number;
  /** Questions one attempt at the chapter's test asks (0: no test). */
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
  /** Share of all the course's slides seen, 0..100. */
  progressPercent: number;
  chapters: ChapterCell[];
}

export interface Matrix {
  cohort: Cohort;
  chapters: MatrixChapter[];
  teams: string[];
  /** Learners matching the filters (all pages). */
  total: number;
  offset: number;
  limit: number;
  learners: MatrixLearner[];
}

/** One attempt at a chapter test as a manager sees it: the result and how it was obtained. */
export interface AttemptRecord {
  attemptId: string;
  eventId: string;
  chapterId: string;
  /** 1 for the learner's first attempt at this chapter's test, in the order they were taken. */
  number: number;
  /** When it was taken: epoch milliseconds, device time. */
  at: number;
  /** When the server received and judged it: epoch milliseconds, server time. */
  gradedAt: number;
  verdict: Verdict;
  /** The server's score 0..1; null unless `verdict` is `graded`. */
  score: number | null;
  /** What the device reported, for comparison. */
  claimedScore: number | null;
  answers: Record<string, unknown> | null;
}

export interface LearnerDetail {
  learner: Omit<MatrixLearner, 'completedChapters' | 'progressPercent' | 'chapters'>;
  chapters: ChapterCell[];
  /** A page of the learner's test attempts, newest first. */
  attempts: AttemptRecord[];
  /** All the learner's attempts, on every page. */
  attemptsTotal: number;
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextAttempts: string | null;
}

/** Attempts per page of a learner's detail (`attempts` in the query, at most `MAX_ATTEMPTS_PAGE`). */
export const ATTEMPTS_PAGE = 50;
export const MAX_ATTEMPTS_PAGE = 500;
