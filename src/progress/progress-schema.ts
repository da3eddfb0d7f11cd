// zod/mini keeps the validator small: this module ships with the home page.
import * as z from 'zod/mini';

/**
 * The learner's progress as it is saved (schema version 2): raw facts only, keyed by the stable
 * chapter, slide and quiz ids. Percentages and completion are derived by the selectors.
 */
export const PROGRESS_STORAGE_KEY = 'courseware:progress';
export const PROGRESS_VERSION = 2;

const epochMs = z.number();

const quizAttemptSchema = z.object({
  id: z.string().check(z.minLength(1)),
  at: epochMs,
  /** Fraction of the chapter test answered correctly, 0..1. */
  score: z.number().check(z.gte(0), z.lte(1)),
  answers: z.record(z.string(), z.unknown()),
  /** The quizzes this attempt covered; an attempt counts only if it covers the chapter's current quizzes. */
  quizIds: z.array(z.string()),
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

export const EVENT_TYPES = ['slide_seen', 'quiz_submitted', 'chapter_completed'] as const;

const progressEventSchema = z.object({
  id: z.string().check(z.minLength(1)),
  type: z.enum(EVENT_TYPES),
  at: epochMs,
  chapterId: z.string(),
  slideId: z.optional(z.string()),
  attemptId: z.optional(z.string()),
  score: z.optional(z.number().check(z.gte(0), z.lte(1))),
  answers: z.optional(z.record(z.string(), z.unknown())),
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

export interface StorageIssue {
  kind: 'recovered-corrupt' | 'quota' | 'foreign-version';
  /** Where the unreadable saved data was copied before starting fresh. */
  backupKey?: string;
  at: number;
}

export function emptyProgress(): ProgressData {
  return { profile: null, chapters: {}, lastPosition: null, outbox: [] };
}

/** The saved part of a state: no actions, no status, nothing derived. */
export function pickProgressData(state: ProgressData): ProgressData {
  return { profile: state.profile, chapters: state.chapters, lastPosition: state.lastPosition, outbox: state.outbox };
}

export function emptyChapterRecord(): ChapterRecord {
  return { seen: {}, attempts: [], completedAt: null };
}

/** Record lookup that ignores inherited keys such as `constructor`. */
export function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
