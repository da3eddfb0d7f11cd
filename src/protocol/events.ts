/**
 * The contract between the learner's device and the server for progress events: what is sent,
 * what comes back. Types and constants only (no validator), so the client can import it freely;
 * the server validates incoming batches against it in `server/validation/events.ts`.
 */

export const EVENT_TYPES = ['slide_seen', 'quiz_submitted', 'chapter_completed'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Events per batch the server takes. */
export const MAX_BATCH = 500;

/**
 * An event as sent and as the server returns it. The server believes `slide_seen` (as a record
 * of reading, checked for plausibility) and the answers and seed of `quiz_submitted`, which it
 * grades itself; the device's own `score` is kept as its claim only, and `chapter_completed` is
 * stored but never believed: the server derives completion from its own record.
 */
export interface ServerEvent {
  id: string;
  type: EventType;
  at: number;
  chapterId: string;
  slideId?: string;
  attemptId?: string;
  /** The device's score for the attempt (its claim; the server's verdict is what counts). */
  score?: number;
  answers?: Record<string, unknown>;
  /** Which questions the attempt drew from the chapter's bank (see `quiz/test-draw.ts`). */
  seed?: number;
  /** Only in what the server returns (`GET /api/me/progress`): its judgement of an attempt. */
  verdict?: Pick<AttemptVerdict, 'verdict' | 'score' | 'gradedAt'>;
}

/**
 * What the server concluded about an attempt:
 * - `graded`: graded by the server; `score` is its score.
 * - `wrong_questions`: the answers were not for the questions the seed draws (no score).
 * - `cooldown`, `daily_limit`: taken against the attempt rules of `course.yaml` (no score).
 * - `unverified`: recorded before the server graded attempts; kept as the device reported it.
 */
export const VERDICTS = ['graded', 'wrong_questions', 'cooldown', 'daily_limit', 'unverified'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface AttemptVerdict {
  eventId: string;
  attemptId: string;
  chapterId: string;
  verdict: Verdict;
  /** The server's score 0..1 when `verdict` is `graded`, else null. */
  score: number | null;
  /** When the server graded it (epoch ms, server clock). */
  gradedAt: number;
}

/** The answer to a stored batch. */
export interface EventsResponse {
  accepted: number;
  duplicates: number;
  /** One per `quiz_submitted` event of the batch (new or already stored). */
  verdicts: AttemptVerdict[];
}

/** Events per page of `GET /api/me/progress` (`limit` in the query, at most `MAX_PROGRESS_PAGE`). */
export const PROGRESS_PAGE = 1000;
export const MAX_PROGRESS_PAGE = 5000;

/** A page of the learner's own record, oldest first; `next` (as `after`) asks for the next page. */
export interface ProgressPage {
  learnerId: string;
  events: ServerEvent[];
  /** Per-chapter summaries (on every page: they are small). */
  chapters: unknown[];
  next: string | null;
}

/**
 * What one learner may store: far beyond what reading the course and taking its tests produce,
 * small enough that one learner cannot fill the server.
 */
export const LEARNER_QUOTA = { events: 20_000, answerBytes: 4 * 1024 * 1024 } as const;
