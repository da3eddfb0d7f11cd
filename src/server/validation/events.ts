import { z } from 'zod';
import type { CourseIndex } from '../course-index.ts';
import { MAX_BATCH } from '../../protocol/events.ts';
import { hasNul, identifier, uuid } from './fields.ts';

/** Batches are at most this many bytes of JSON (the client sends far less). */
export const EVENTS_BODY_LIMIT = 512 * 1024;
/** No course event predates this (2020-01-01); the device clock may run a day ahead at most. */
const EARLIEST = Date.UTC(2020, 0, 1);
const CLOCK_SKEW = 24 * 60 * 60 * 1000;
const MAX_ANSWERS_JSON = 8 * 1024;

function epochMs(now: () => number) {
  return z
    .number({ error: 'Expected a time in epoch milliseconds.' })
    .int('Expected whole milliseconds.')
    .min(EARLIEST, 'Time is before 2020.')
    .refine((value) => value <= now() + CLOCK_SKEW, 'Time is in the future.');
}

const answers = z
  .record(identifier(), z.unknown(), { error: 'Expected an object of quiz id → answer.' })
  .refine((value) => Object.keys(value).length <= 100, 'Too many answers.')
  .refine((value) => JSON.stringify(value).length <= MAX_ANSWERS_JSON, `Answers must be at most ${MAX_ANSWERS_JSON} bytes of JSON.`)
  .refine((value) => !hasNul(value), 'Answers must not contain NUL characters.');

/** One event in the client's outbox format; other fields (such as `acked`) are ignored. */
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
 * Built once per server (zod compiles a schema on its first use, which costs far more than a
 * parse); the clock is read per event, so "in the future" always means now.
 */
export function eventBatchSchema(now: () => number) {
  return z.object({
    events: z
      .array(eventSchema(now), { error: 'Expected an array of events.' })
      .min(1, 'Send at least one event.')
      .max(MAX_BATCH, `At most ${MAX_BATCH} events per batch.`),
  });
}

export type ProgressEventInput = z.output<ReturnType<typeof eventSchema>>;

export interface RejectedEvent {
  index: number;
  id: string;
  reason: 'unknown_chapter' | 'unknown_slide' | 'unknown_quiz';
  message: string;
}

/** Events naming chapters, slides or quizzes the current course does not have. */
export function checkAgainstCourse(events: readonly ProgressEventInput[], course: CourseIndex): RejectedEvent[] {
  const rejected: RejectedEvent[] = [];
  events.forEach((event, index) => {
    const reject = (reason: RejectedEvent['reason'], message: string) => rejected.push({ index, id: event.id, reason, message });
    const chapter = course.byId.get(event.chapterId);
    if (chapter === undefined) return reject('unknown_chapter', `Unknown chapter "${event.chapterId}".`);
    if (event.type === 'slide_seen' && !chapter.slideIds.has(event.slideId)) {
      return reject('unknown_slide', `Chapter "${chapter.id}" has no slide "${event.slideId}".`);
    }
    // Answers for questions outside the draw are judged (`wrong_questions`), not refused, so the
    // attempt stays on record; a chapter without a test has nothing to attempt.
    if (event.type === 'quiz_submitted' && chapter.testSize === 0) return reject('unknown_quiz', `Chapter "${chapter.id}" has no test.`);
  });
  return rejected;
}
