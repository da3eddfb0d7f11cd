import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { createChaptersSlice } from './chapters-slice.ts';
import { createCourseSlice } from './course-slice.ts';
import { mergeProgress } from './merge-progress.ts';
import { createOutboxSlice } from './outbox-slice.ts';
import { createPositionSlice } from './position-slice.ts';
import { createProfileSlice } from './profile-slice.ts';
import { createProgressStorage, type SavedProgress } from './progress-storage.ts';
import { pickProgressData, progressStorageKey, PROGRESS_VERSION, type StorageIssue } from './progress-data.ts';
import type { ProgressData } from './progress-schema.ts';
import type { ProgressState } from './progress-state.ts';
import { createStatusSlice } from './status-slice.ts';

/** A failed save leaves the state in memory as it is; the learner is told once, until they dismiss it. */
function reportWriteFailure(at: number): void {
  if (useProgressStore.getState().storageIssue === null) {
    useProgressStore.setState({ storageIssue: { kind: 'quota', at } });
  }
}

export const progressStorage = createProgressStorage(() => window.localStorage, reportWriteFailure);

/**
 * What was saved joins what is in memory instead of replacing it. `saved` comes from
 * `progressStorage.getItem` (validated) or `migrate`, or is undefined when nothing was saved.
 */
function mergeSaved(saved: unknown, current: ProgressState): ProgressState {
  if (saved === undefined) return current;
  const loaded = saved as ProgressData & { storageIssue?: StorageIssue };
  return { ...current, ...mergeProgress(current, loaded), storageIssue: loaded.storageIssue ?? current.storageIssue };
}

export const useProgressStore = create<ProgressState>()(
  persist<ProgressState, [], [], SavedProgress>(
    (...a) => ({
      ...createProfileSlice(...a),
      ...createChaptersSlice(...a),
      ...createPositionSlice(...a),
      ...createOutboxSlice(...a),
      ...createStatusSlice(...a),
      ...createCourseSlice(...a),
    }),
    {
      name: progressStorageKey(),
      version: PROGRESS_VERSION,
      storage: progressStorage,
      partialize: pickProgressData,
      migrate: (state, version) => import('./stored-progress.ts').then((m) => m.migrateStoredProgress(state, version)),
      merge: mergeSaved,
      // A migration that throws would leave fresh state that the next save writes over the old
      // data; back the old data up first. Hydration is started below, once the store exists.
      onRehydrateStorage: () => (_state, error) => {
        if (error !== undefined) useProgressStore.setState({ storageIssue: progressStorage.quarantine('recovered-corrupt') });
        progressStorage.resumeAfterHydration({ state: pickProgressData(useProgressStore.getState()), version: PROGRESS_VERSION });
      },
      skipHydration: true,
    },
  ),
);

void useProgressStore.persist.rehydrate();
