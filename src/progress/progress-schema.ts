// zod/mini keeps the validator small; it loads only when there is saved progress to check.
import * as z from 'zod/mini';
import { VERDICTS } from '../protocol/constants.ts';
import { EVENT_TYPES } from './progress-data.ts';

/**
 * The learner's progress as it is saved (schema version 2): raw facts only, keyed by the stable
 * chapter, slide and quiz ids. Percentages and completion are derived by the selectors. The
 * schemas validate what comes back from storage or an import; code that only needs the types or
 * the helpers in `progress-data.ts` does not pull zod into the first page.
 */
const epochMs = z.number();

const quizAttemptSchema = z.object({
  id: z.string().check(z.minLength(1)),
  at: epochMs,
  /** Fraction of the chapter test answered correctly, 0..1. */
  score: z.number().check(z.gte(0), z.lte(1)),
  answers: z.record(z.string(), z.unknown()),
  /** The questions this attempt asked; it counts only if they are a full draw from the current bank. */
  quizIds: z.array(z.string()),
  /** The seed that drew the questions (absent in attempts recorded before tests had banks). */
  seed: z.optional(z.number()),
  /** When the learner gave the attempt's first answer: from then to `at` is how long it took. */
  startedAt: z.optional(epochMs),
  /** The server's verdict once synced: it overrides the device's score. */
  verdict: z.optional(
    z.object({
      verdict: z.enum(VERDICTS),
      score: z.nullable(z.number().check(z.gte(0), z.lte(1))),
      gradedAt: epochMs,
    }),
  ),
  /** Came from an imported progress file: kept as history, never counted or sent. */
  imported: z.optional(z.boolean()),
});

const chapterRecordSchema = z.object({
  /** Slide id → first-seen time. */
  seen: z.record(z.string(), epochMs),
  attempts: z.array(quizAttemptSchema),
  /** When the store first found the chapter complete; kept even if later content changes undo it. */
  completedAt: z.nullable(epochMs),
});

const profileSchema = z.object({
  displayName: z.string(),
  employeeId: z.nullable(z.string()),
  team: z.nullable(z.string()),
  /** Lets two devices agree on which edit is newer. */
  updatedAt: epochMs,
});

const positionSchema = z.object({
  chapterId: z.string(),
  slideId: z.string(),
  at: epochMs,
});


const progressEventSchema = z.object({
  id: z.string().check(z.minLength(1)),
  type: z.enum(EVENT_TYPES),
  at: epochMs,
  chapterId: z.string(),
  slideId: z.optional(z.string()),
  attemptId: z.optional(z.string()),
  score: z.optional(z.number().check(z.gte(0), z.lte(1))),
  answers: z.optional(z.record(z.string(), z.unknown())),
  seed: z.optional(z.number()),
  acked: z.boolean(),
});

export const progressDataSchema = z.object({
  profile: z.nullable(profileSchema),
  chapters: z.record(z.string(), chapterRecordSchema),
  lastPosition: z.nullable(positionSchema),
  outbox: z.array(progressEventSchema),
});

export type QuizAttempt = z.infer<typeof quizAttemptSchema>;
export type ChapterRecord = z.infer<typeof chapterRecordSchema>;
export type Profile = z.infer<typeof profileSchema>;
export type ProfileInput = Omit<Profile, 'updatedAt'>;
export type Position = z.infer<typeof positionSchema>;
export type ProgressEvent = z.infer<typeof progressEventSchema>;
export type ProgressData = z.infer<typeof progressDataSchema>;

