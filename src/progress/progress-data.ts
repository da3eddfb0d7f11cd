import type { ChapterRecord, ProgressData } from './progress-schema.ts';

export const PROGRESS_STORAGE_KEY = 'courseware:progress';

let storageKey = PROGRESS_STORAGE_KEY;

/** Where this page saves progress: the default key, or a scoped one (see `scopeProgressStorage`). */
export function progressStorageKey(): string {
  return storageKey;
}

/**
 * Saves this page's progress under its own key, for example one per course, LMS learner and
 * attempt in an LMS package, so that nobody else's saved progress is read. Call it before the
 * progress store is first imported: the store reads the key when it is created.
 */
export function scopeProgressStorage(scope: string): void {
  storageKey = `${PROGRESS_STORAGE_KEY}:${scope}`;
}
export const PROGRESS_VERSION = 2;

export { EVENT_TYPES } from '../protocol/constants.ts';

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
