import { lazy, Suspense } from 'react';
import { course } from '../course/course.ts';
import { useLocale } from '../i18n/locale-store.ts';
import { useProgressStore } from '../progress/progress-store.ts';
import { selectCourseProgress } from '../progress/selectors.ts';
import { useEnrolled } from './use-enrolled.ts';

const DeadlineNotice = lazy(async () => ({ default: (await import('../features/join/deadline-notice.tsx')).DeadlineNotice }));

/** For a learner who joined a cohort only: its due date and the days left, in its own chunk. */
export function DeadlineSlot() {
  const locale = useLocale();
  const complete = useProgressStore((s) => selectCourseProgress(s, course, locale).complete);
  const enrolled = useEnrolled();
  if (!enrolled) return null;
  return (
    <Suspense fallback={null}>
      <DeadlineNotice complete={complete} />
    </Suspense>
  );
}
