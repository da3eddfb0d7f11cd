import { lazy, Suspense } from 'react';
import { useEnrolled } from './use-enrolled.ts';

const SyncNotice = lazy(async () => ({ default: (await import('../features/join/sync-notice.tsx')).SyncNotice }));

/** For a learner who joined a cohort only: the notice that appears when progress stops reaching the server. */
export function SyncNoticeSlot() {
  const enrolled = useEnrolled();
  if (!enrolled) return null;
  return (
    <Suspense fallback={null}>
      <SyncNotice />
    </Suspense>
  );
}
