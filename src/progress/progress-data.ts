import type { ChapterRecord, ProgressData } from './progress-schema.ts';

export const PROGRESS_STORAGE_KEY = 'courseware:progress';
export const PROGRESS_VERSION = 2;

export { EVENT_TYPES } from '../protocol/events.ts';

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
