import type { LmsConnection } from './lms-connection.ts';

/** What the LMS holds for this learner at launch. Null where the LMS returns an error. */
export interface LaunchData {
  /** `ab-initio` on a first launch, `resume` after a suspended session. */
  entry: string | null;
  studentId: string | null;
  /** `normal`, `browse` or `review`: a review changes no status. */
  lessonMode: string | null;
  lessonStatus: string | null;
  lessonLocation: string | null;
  suspendData: string | null;
  scoreRaw: string | null;
  /** Interactions already recorded; null when the LMS does not support interactions. */
  interactionCount: number | null;
}

export function readLaunchData(connection: LmsConnection): LaunchData {
  const count = connection.get('cmi.interactions._count');
  const parsed = count === null ? NaN : Number(count);
  return {
    entry: connection.get('cmi.core.entry'),
    studentId: connection.get('cmi.core.student_id'),
    lessonMode: connection.get('cmi.core.lesson_mode'),
    lessonStatus: connection.get('cmi.core.lesson_status'),
    lessonLocation: connection.get('cmi.core.lesson_location'),
    suspendData: connection.get('cmi.suspend_data'),
    scoreRaw: connection.get('cmi.core.score.raw'),
    interactionCount: Number.isInteger(parsed) && parsed >= 0 ? parsed : null,
  };
}
