import { z } from 'zod';
import { ANSWERS_MAX, MAX_BATCH, MAX_PROGRESS_PAGE, PROGRESS_PAGE, type EventType, type Verdict } from './constants.ts';
import { hasNul, identifier, uuid } from './fields.ts';

/**
 * The contract between the learner's device and the server for progress events: the batch the
 * device sends (validated by the server against `eventBatchSchema`), and what comes back.
 */

/** No course event predates this (2020-01-01); the device clock may run a day ahead at most. */
const EARLIEST = Date.UTC(2020, 0, 1);
const CLOCK_SKEW = 24 * 60 * 60 * 1000;

function epochMs(now: () => number) {
  return z
    .number({ error: 'Expected a time in epoch milliseconds.' })
    .int('Expected whole milliseconds.')
    .min(EARLIEST, 'Time is before 2020.')
    .refine((value) => value <= now() + CLOCK_SKEW, 'Time is in the future.');
}

const answers = z
  .record(identifier(), z.unknown(), { error: 'Expected an object of quiz id → answer.' })
  .refine((value) => Object.keys(value).length <= ANSWERS_MAX.count, 'Too many answers.')
  .refine((value) => JSON.stringify(value).length <= ANSWERS_MAX.jsonBytes, `Answers must be at most ${ANSWERS_MAX.jsonBytes} bytes of JSON.`)
  .refine((value) => !hasNul(value), 'Answers must not contain NUL characters.');

/** One event in the device's outbox format; other fields (such as `acked`) are ignored. */
function eventSchema(now: () => number) {
  const common = { id: uuid, at: epochMs(now), chapterId: identifier() };
  return z.discriminatedUnion(
    'type',
    [
      z.object({ ...common, type: z.literal('slide_seen'), slideId: identifier() }),
      z.object({
        ...common,
        type: z.literal('quiz_submitted'),
        attemptId: identifier(),
        score: z.number({ error: 'Expected a score between 0 and 1.' }).min(0).max(1),
        answers: answers.optional(),
        seed: z
          .number({ error: 'Expected the seed as a whole number.' })
          .int('Expected the seed as a whole number.')
          .min(0, 'The seed is between 0 and 2^32 - 1.')
          .max(0xffff_ffff, 'The seed is between 0 and 2^32 - 1.')
          .optional(),
      }),
      z.object({ ...common, type: z.literal('chapter_completed') }),
    ],
    { error: 'Expected type slide_seen, quiz_submitted or chapter_completed.' },
  );
}

/**
 * `POST /api/events`. Built once per server (zod compiles a schema on its first use, which costs
 * far more than a parse); the clock is read per event, so "in the future" always means now.
 */
export function eventBatchSchema(now: () => number) {
  return z.object({
    events: z
      .array(eventSchema(now), { error: 'Expected an array of events.' })
      .min(1, 'Send at least one event.')
      .max(MAX_BATCH, `At most ${MAX_BATCH} events per batch.`),
  });
}

/** An event of a batch as the server has checked it. */
export type ProgressEventInput = z.output<ReturnType<typeof eventSchema>>;

/** `GET /api/me/progress`: a page of the learner's own events; `after` is the previous page's `next`. */
export const progressQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PROGRESS_PAGE).default(PROGRESS_PAGE),
  after: z.string().regex(/^\d{1,16}_[0-2]_[0-9a-f-]{36}$/, 'Expected the next value of the previous page.').optional(),
});

/**
 * An event as the device keeps and sends it and as the server returns it: every valid event of a
 * batch is one (the schema is stricter: which fields go with which type). The server believes
 * `slide_seen` (as a record of reading, checked for plausibility) and the answers and seed of
 * `quiz_submitted`, which it grades itself; the device's own `score` is kept as its claim only,
 * and `chapter_completed` is stored but never believed: the server derives completion from its
 * own record.
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

/** The batch as the device sends it. */
export interface EventBatch {
  events: readonly ServerEvent[];
}

/** What the server concluded about an attempt (see `VERDICTS`). */
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

/** A page of the learner's own record, oldest first; `next` (as `after`) asks for the next page. */
export interface ProgressPage {
  learnerId: string;
  events: ServerEvent[];
  /** Per-chapter summaries (on every page: they are small). */
  chapters: unknown[];
  next: string | null;
}
