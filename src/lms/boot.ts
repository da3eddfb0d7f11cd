import { course } from '../course/course.ts';
import { scopeProgressStorage } from '../progress/progress-data.ts';
import { cmi5StorageScope, readCmi5Launch, type Cmi5LaunchParams } from './cmi5/launch.ts';
import { openScorm12Launch, type Scorm12Launch } from './scorm12/launch.ts';

/** How the LMS package was launched: as a cmi5 AU (launch parameters in the URL), else as a SCORM 1.2 SCO. */
export type LmsLaunch = { standard: 'cmi5'; params: Cmi5LaunchParams } | { standard: 'scorm12'; launch: Scorm12Launch };

let launch: LmsLaunch | null = null;

/** The launch found when the page started; null outside the LMS package. */
export function lmsLaunch(): LmsLaunch | null {
  return launch;
}

/**
 * Imported first by the app's entry, so it runs before the progress store is created: in the LMS
 * package it connects to the LMS and keeps the browser's progress under a key of this course,
 * learner and attempt, so another learner's or another attempt's progress is never read. The page
 * also marks that its scripts run, which the package's start-up message waits for.
 */
if (import.meta.env.MODE === 'scorm') {
  document.documentElement.dataset.lmsBoot = 'started';
  const params = readCmi5Launch(window.location.search);
  if (params !== null) {
    launch = { standard: 'cmi5', params };
    scopeProgressStorage(cmi5StorageScope(course.courseId, params));
  } else {
    let scorm: Scorm12Launch;
    try {
      scorm = openScorm12Launch(window, course);
    } catch {
      scorm = { kind: 'missing' };
    }
    launch = { standard: 'scorm12', launch: scorm };
    // Without an LMS the progress is kept apart from any learner's.
    scopeProgressStorage(scorm.kind === 'connected' ? scorm.storageScope : `lms:${course.courseId}:unconnected`);
  }
}
