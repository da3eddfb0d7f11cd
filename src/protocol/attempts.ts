import type { Verdict } from './events.ts';

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
