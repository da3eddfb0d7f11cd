import type { StorageIssue } from './progress-data.ts';
import type { ProgressSliceCreator } from './progress-state.ts';

export interface StatusSlice {
  /** A storage problem the learner should hear about; kept for this page only, not saved. */
  storageIssue: StorageIssue | null;
  dismissStorageIssue: () => void;
}

export const createStatusSlice: ProgressSliceCreator<StatusSlice> = (set) => ({
  storageIssue: null,
  dismissStorageIssue: () => set({ storageIssue: null }),
});
