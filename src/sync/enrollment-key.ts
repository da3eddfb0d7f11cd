/** Where this browser keeps its cohort enrollment (learner id, token, cohort). */
export const ENROLLMENT_KEY = 'courseware:enrollment';

/**
 * Whether this browser has joined a cohort, i.e. holds a learner token. Deliberately tiny: the
 * first page calls it to decide whether to load the sync client at all.
 */
export function hasEnrollment(): boolean {
  try {
    return window.localStorage.getItem(ENROLLMENT_KEY) !== null;
  } catch {
    return false;
  }
}
