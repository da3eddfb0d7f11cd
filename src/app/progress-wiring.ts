import { course } from '../course/course.ts';
import { startCrossTabSync } from '../progress/cross-tab-sync.ts';
import { useProgressStore } from '../progress/progress-store.ts';
import { hasEnrollment } from '../sync/enrollment-key.ts';

let started = false;

/**
 * Once per page, before the first render: completion is judged against this course (which also
 * stamps chapters completed while no course was configured), other tabs' saves are merged in, and
 * a learner enrolled in a cohort starts sending progress to the server.
 */
export function startProgressWiring(): void {
  if (started) return;
  started = true;
  useProgressStore.getState().configureCourse(course);
  startCrossTabSync();
  // A learner who joined a cohort sends progress to the server; the client loads only for them.
  // The LMS package reports to its LMS only, never to a course server.
  if (import.meta.env.MODE !== 'scorm' && hasEnrollment()) void import('../sync/start-sync.ts').then((sync) => sync.startSync(useProgressStore));
}
