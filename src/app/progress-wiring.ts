import { course } from '../course/course.ts';
import { startCrossTabSync } from '../progress/cross-tab-sync.ts';
import { useProgressStore } from '../progress/progress-store.ts';

let started = false;

/**
 * Once per page, before the first render: completion is judged against this course (which also
 * stamps chapters completed while no course was configured), and other tabs' saves are merged in.
 */
export function startProgressWiring(): void {
  if (started) return;
  started = true;
  useProgressStore.getState().configureCourse(course);
  startCrossTabSync();
}
