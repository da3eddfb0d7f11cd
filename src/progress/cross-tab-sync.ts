import { deepEqual } from './deep-equal.ts';
import { mergeProgress } from './merge-progress.ts';
import { own, pickProgressData, progressStorageKey } from './progress-data.ts';
import type { ProgressData } from './progress-schema.ts';
import { progressStorage, useProgressStore } from './progress-store.ts';

/**
 * Keeps tabs of the same browser in step. When another tab saves, its state is merged into ours
 * and, if ours held something it lacked, saved back, so the stored copy holds both tabs' progress.
 * Returns the function that stops listening.
 */
export function startCrossTabSync(): () => void {
  const onStorage = (event: StorageEvent): void => {
    // A null value is a removal (another tab cleared storage): our next save restores the progress.
    if (event.key !== progressStorageKey() || event.newValue === null) return;
    const raw = event.newValue;
    // The validator loads on first use; saves from other tabs are absorbed in the order they came.
    absorbing = absorbing.then(() => absorbSaved(raw));
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}

let absorbing: Promise<void> = Promise.resolve();

/** Settles once every save seen so far from other tabs has been merged. */
export function crossTabSettled(): Promise<void> {
  return absorbing;
}

async function absorbSaved(raw: string): Promise<void> {
  const { parseStoredProgress, upgradeSavedState } = await import('./stored-progress.ts');
  const parsed = parseStoredProgress(raw);
  if (!parsed.ok) {
    if (parsed.kind === 'foreign-version') {
      // A newer build is open in another tab. It can read our data but we cannot read its data,
      // so stop saving here rather than overwrite it; the learner is asked to reload.
      progressStorage.suspendWrites();
      useProgressStore.setState({ storageIssue: { kind: 'foreign-version', at: Date.now() } });
    } else {
      // Setting the issue also saves our readable state over the unreadable one, now backed up.
      useProgressStore.setState({ storageIssue: progressStorage.quarantine('recovered-corrupt', raw) });
    }
    return;
  }
  const theirs = upgradeSavedState(parsed.saved);
  const ours = pickProgressData(useProgressStore.getState());
  const merged = mergeProgress(ours, theirs);
  if (deepEqual(merged, ours) && deepEqual(merged, theirs)) return;
  useProgressStore.setState(reuseUnchanged(ours, merged));
}

/** Keeps our objects where the merge changed nothing, so components reading them do not re-render. */
function reuseUnchanged(ours: ProgressData, merged: ProgressData): ProgressData {
  const chapters = Object.fromEntries(
    Object.entries(merged.chapters).map(([id, record]) => {
      const mine = own(ours.chapters, id);
      return [id, mine !== undefined && deepEqual(mine, record) ? mine : record];
    }),
  );
  const keep = <T>(mine: T, next: T): T => (deepEqual(mine, next) ? mine : next);
  return {
    profile: keep(ours.profile, merged.profile),
    chapters: keep(ours.chapters, chapters),
    lastPosition: keep(ours.lastPosition, merged.lastPosition),
    outbox: keep(ours.outbox, merged.outbox),
  };
}
