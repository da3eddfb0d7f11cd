import { lazy, Suspense } from 'react';
import { hasEnrollment } from '../sync/enrollment-key.ts';
import { useHydrated } from '../ui/use-hydrated.ts';

const SyncNotice = lazy(async () => ({ default: (await import('../features/join/sync-notice.tsx')).SyncNotice }));

/** For a learner who joined a cohort only: the notice that appears when progress stops reaching the server. */
export function SyncNoticeSlot() {
  const hydrated = useHydrated();
  if (!hydrated || !hasEnrollment()) return null;
  return (
    <Suspense fallback={null}>
      <SyncNotice />
    </Suspense>
  );
}
