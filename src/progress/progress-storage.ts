import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { emptyProgress, PROGRESS_STORAGE_KEY, progressStorageKey, PROGRESS_VERSION, type StorageIssue } from './progress-data.ts';
import type { ProgressData } from './progress-schema.ts';
import type { ProgressV1 } from './migrate-v1.ts';

export const BACKUP_KEY_PREFIX = `${PROGRESS_STORAGE_KEY}:backup:`;

/** What persist hands to `migrate`/`merge`: a readable saved state, or a fresh one plus the reason. */
export type SavedProgress = ProgressData | ProgressV1 | (ProgressData & { storageIssue: StorageIssue });

export interface ProgressStorage extends PersistStorage<SavedProgress, void> {
  /**
   * Copies the raw saved string to a backup key before it gets replaced. If even the backup
   * cannot be written, saving stops for this page so the original is never overwritten.
   */
  quarantine(kind: StorageIssue['kind'], raw?: string): StorageIssue;
  /** Stops saving for this page's lifetime, leaving what is stored untouched. */
  suspendWrites(): void;
  /**
   * Called once the saved data has been merged into memory: if the app changed anything while
   * it was being read, `current` (the merged state) is saved now.
   */
  resumeAfterHydration(current: StorageValue<SavedProgress>): void;
}

/**
 * localStorage behind persist, with three duties persist leaves to its storage: unreadable data
 * is backed up instead of dropped, a failing write is reported instead of thrown, and writes are
 * coalesced into one per task, so a burst of actions serialises the state once.
 */
export function createProgressStorage(getArea: () => Storage, onWriteFailure: (at: number) => void): ProgressStorage {
  let pending: { name: string; value: StorageValue<SavedProgress> } | null = null;
  let suspended = false;
  /** True while saved data is being read: nothing may be written over it until it is in memory. */
  let reading = false;
  /** A save was asked for while reading; its snapshot predates the merge, so it is never written. */
  let heldWhileReading = false;

  const area = (): Storage | null => {
    try {
      return getArea();
    } catch {
      return null;
    }
  };

  const flush = (): void => {
    if (reading) return;
    const job = pending;
    pending = null;
    if (job === null || suspended) return;
    try {
      const target = area();
      if (target === null) throw new Error('Storage is unavailable');
      target.setItem(job.name, JSON.stringify(job.value));
    } catch {
      onWriteFailure(Date.now());
    }
  };

  const writeBackup = (target: Storage, raw: string, at: number): string | null => {
    for (let i = 0; i < target.length; i++) {
      const key = target.key(i);
      if (key?.startsWith(BACKUP_KEY_PREFIX) && target.getItem(key) === raw) return key;
    }
    let key = `${BACKUP_KEY_PREFIX}${at}`;
    for (let n = 1; target.getItem(key) !== null; n++) key = `${BACKUP_KEY_PREFIX}${at}-${n}`;
    try {
      target.setItem(key, raw);
      return key;
    } catch {
      return null;
    }
  };

  const quarantine: ProgressStorage['quarantine'] = (kind, raw) => {
    const at = Date.now();
    const target = area();
    const original = raw ?? target?.getItem(progressStorageKey()) ?? null;
    if (original === null) return { kind, at };
    const backupKey = target === null ? null : writeBackup(target, original, at);
    if (backupKey === null) {
      suspended = true;
      return { kind, at };
    }
    return { kind, at, backupKey };
  };

  const setItem: ProgressStorage['setItem'] = (name, value) => {
    const scheduled = pending !== null;
    pending = { name, value };
    if (!scheduled) queueMicrotask(flush);
  };

  return {
    getItem(name) {
      let raw: string | null;
      try {
        raw = area()?.getItem(name) ?? null;
      } catch {
        return null;
      }
      if (raw === null) return null;
      // The validator (zod) loads only when there is something to validate, so a first visit
      // never downloads it. Saves wait until the saved data has been read and merged.
      reading = true;
      return import('./stored-progress.ts')
        .then(({ parseStoredProgress }) => {
          const parsed = parseStoredProgress(raw);
          if (parsed.ok) return parsed.saved;
          return { state: { ...emptyProgress(), storageIssue: quarantine(parsed.kind, raw) }, version: PROGRESS_VERSION };
        })
        .finally(() => {
          reading = false;
          if (pending !== null) {
            pending = null;
            heldWhileReading = true;
          }
        });
    },
    setItem,
    removeItem(name) {
      pending = null;
      area()?.removeItem(name);
    },
    quarantine,
    suspendWrites() {
      suspended = true;
      pending = null;
    },
    resumeAfterHydration(current) {
      if (!heldWhileReading) return;
      heldWhileReading = false;
      setItem(progressStorageKey(), current);
    },
  };
}
