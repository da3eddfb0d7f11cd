import type { CourseManifest } from '../../content/types.ts';
import { decodeSnapshot, newAttemptId, type ProgressSnapshot } from '../suspend-data.ts';
import { findScorm12Api, type WindowLike } from './find-api.ts';
import { openLmsConnection, type LmsConnection } from './lms-connection.ts';

/** What the LMS holds for this learner at launch. Null where the LMS returns an error. */
export interface LaunchData {
  /** `ab-initio` on a first launch, `resume` after a suspended session, `` otherwise. */
  entry: string | null;
  studentId: string | null;
  /** `normal`, `browse` or `review`. */
  lessonMode: string | null;
  lessonStatus: string | null;
  lessonLocation: string | null;
  suspendData: string | null;
  scoreRaw: string | null;
  /** Interactions already recorded; null when the LMS does not support interactions. */
  interactionCount: number | null;
}

export type LessonMode = 'normal' | 'browse' | 'review';

export type Scorm12Launch =
  | {
      kind: 'connected';
      connection: LmsConnection;
      data: LaunchData;
      mode: LessonMode;
      /** This attempt at the course: kept in `suspend_data`, new when the LMS starts a new attempt. */
      attempt: string;
      /** The record the LMS kept from earlier sessions of this attempt. */
      held: ProgressSnapshot | null;
      /** Where the browser keeps this learner's progress for this attempt (see `scopeProgressStorage`). */
      storageScope: string;
    }
  /** No SCORM API in any parent or opener window. */
  | { kind: 'missing' }
  /** An API was found but `LMSInitialize` failed (for instance, this session was already finished). */
  | { kind: 'refused' };

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

/**
 * Finds the LMS, opens the session and reads what the LMS holds, synchronously, before the app's
 * progress is loaded: the attempt and the learner decide which saved progress the browser reads.
 * The attempt id lives in `suspend_data`; a launch without one (a first launch, or a new attempt,
 * which the LMS starts with empty `suspend_data`) gets a new id and so starts clean.
 */
export function openScorm12Launch(win: WindowLike, manifest: CourseManifest, random: () => number = Math.random): Scorm12Launch {
  const api = findScorm12Api(win);
  if (api === null) return { kind: 'missing' };
  const connection = openLmsConnection(api);
  if (connection === null) return { kind: 'refused' };
  const data = readLaunchData(connection);
  const mode: LessonMode = data.lessonMode === 'browse' || data.lessonMode === 'review' ? data.lessonMode : 'normal';
  const held = decodeSnapshot(data.suspendData, manifest);
  const attempt = held?.attempt ?? newAttemptId(random);
  const scope = ['lms', manifest.courseId, encodeURIComponent(data.studentId ?? ''), attempt, ...(mode === 'normal' ? [] : [mode])];
  return { kind: 'connected', connection, data, mode, attempt, held, storageScope: scope.join(':') };
}
