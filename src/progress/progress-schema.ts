import { z } from 'zod';

/**
 * The learner's progress as it is saved (schema version 2): raw facts only, keyed by the stable
 * chapter, slide and quiz ids. Percentages and completion are derived by the selectors.
 */
export const PROGRESS_STORAGE_KEY = 'courseware:progress';
export const PROGRESS_VERSION = 2;

const epochMs = z.number();

export const quizAttemptSchema = z.object({
  id: z.string().min(1),
  at: epochMs,
  /** Fraction of the chapter test answered correctly, 0..1. */
  score: z.number().min(0).max(1),
  answers: z.record(z.string(), z.unknown()),
  /** The quizzes this attempt covered; an attempt counts only if it covers the chapter's current quizzes. */
  quizIds: z.array(z.string()),
});

export const chapterRecordSchema = z.object({
  /** Slide id → first-seen time. */
  seen: z.record(z.string(), epochMs),
  attempts: z.array(quizAttemptSchema),
  /** When the store first found the chapter complete; kept even if later content changes undo it. */
  completedAt: epochMs.nullable(),
});

export const profileSchema = z.object({
  displayName: z.string(),
  employeeId: z.string().nullable(),
  team: z.string().nullable(),
  /** Lets two devices agree on which edit is newer. */
  updatedAt: epochMs,
});

export const positionSchema = z.object({
  chapterId: z.string(),
  slideId: z.string(),
  at: epochMs,
});

export const EVENT_TYPES = ['slide_seen', 'quiz_submitted', 'chapter_completed'] as const;

export const progressEventSchema = z.object({
  id: z.string().min(1),
  type: z.enum(EVENT_TYPES),
  at: epochMs,
  chapterId: z.string(),
  slideId: z.string().optional(),
  attemptId: z.string().optional(),
  score: z.number().min(0).max(1).optional(),
  answers: z.record(z.string(), z.unknown()).optional(),
  acked: z.boolean(),
});

export const progressDataSchema = z.object({
  profile: profileSchema.nullable(),
  chapters: z.record(z.string(), chapterRecordSchema),
  lastPosition: positionSchema.nullable(),
  outbox: z.array(progressEventSchema),
});

export type QuizAttempt = z.infer<typeof quizAttemptSchema>;
export type ChapterRecord = z.infer<typeof chapterRecordSchema>;
export type Profile = z.infer<typeof profileSchema>;
export type ProfileInput = Omit<Profile, 'updatedAt'>;
export type Position = z.infer<typeof positionSchema>;
export type ProgressEventType = (typeof EVENT_TYPES)[number];
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
