import { z } from 'zod';
import type { LocalizedText } from '../content/types.ts';
import type { Cohort } from './cohorts.ts';
import { ATTEMPTS_PAGE, MATRIX_LIMIT_MAX, MATRIX_SORTS, MAX_ATTEMPTS_PAGE, STATUS_FILTERS, type StatusFilter, type Verdict } from './constants.ts';
import { fileLocale, timeZone } from './fields.ts';

/** A cohort's progress for its manager: the matrix of learners × chapters, its CSV, one learner's detail. */

/** `GET …/matrix`: sorted, filtered, a page at a time. */
export const matrixQuery = z.object({
  sort: z.enum(MATRIX_SORTS).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
  status: z.enum(STATUS_FILTERS).optional(),
  team: z.string().max(80).optional(),
  q: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(MATRIX_LIMIT_MAX).default(1000),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
export type MatrixQuery = z.output<typeof matrixQuery>;

/** `GET …/export.csv`: the filtered matrix (every page), headed in `locale`, dates in `tz`. */
export const exportQuery = matrixQuery.omit({ limit: true, offset: true }).extend({ locale: fileLocale, tz: timeZone });

/** `GET …/learners/:learnerId`: a page of the learner's attempts; `before` is the previous page's `nextAttempts`. */
export const learnerDetailQuery = z.object({
  attempts: z.coerce.number().int().min(1).max(MAX_ATTEMPTS_PAGE).default(ATTEMPTS_PAGE),
  before: z
    .string()
    .regex(/^\d{1,16}_[0-9a-f-]{36}$/, 'Expected the nextAttempts value of the previous page.')
    .transform((cursor) => {
      const [at, eventId] = cursor.split('_') as [string, string];
      return { at: Number(at), eventId };
    })
    .optional(),
});

// What the manager API answers: the server builds these, the dashboard reads them.

export type LearnerStatus = Exclude<StatusFilter, 'overdue'>;

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
