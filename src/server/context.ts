import type { CourseIndex } from './course-index.ts';
import type { Database } from './db/types.ts';

/** What every route needs: the database, the compiled course and the clock. */
export interface ServerContext {
  db: Database;
  course: CourseIndex;
  /** Epoch milliseconds; tests move it forward to expire sessions and lockouts. */
  now: () => number;
}
