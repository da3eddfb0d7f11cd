import { hasEnrollment } from '../sync/enrollment-key.ts';
import { useHydrated } from '../ui/use-hydrated.ts';

/**
 * Whether this browser's learner joined a cohort (kept in its storage): false while a prerendered
 * page is hydrated, whose markup was made for a first visitor, and read from storage after.
 */
export function useEnrolled(): boolean {
  return useHydrated() && hasEnrollment();
}
