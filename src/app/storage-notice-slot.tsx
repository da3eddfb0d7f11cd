import { lazy, Suspense } from 'react';
import { useProgressStore } from '../progress/progress-store.ts';

const StorageNotice = lazy(async () => ({ default: (await import('../features/progress/storage-notice.tsx')).StorageNotice }));

/** Only while saving progress has a problem: the notice that says so, in its own chunk. */
export function StorageNoticeSlot() {
  const hasIssue = useProgressStore((s) => s.storageIssue !== null);
  if (!hasIssue) return null;
  return (
    <Suspense fallback={null}>
      <StorageNotice />
    </Suspense>
  );
}
