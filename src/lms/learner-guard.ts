/** Which LMS learner the progress kept in this browser belongs to. */
export const LEARNER_KEY = 'courseware:lms-learner';

/**
 * Notes `learnerId` as the owner of this browser's saved progress and says whether that progress
 * belonged to someone else (a shared computer), in which case it must not be reported for this
 * learner. An unknown learner id, or storage that cannot be read, changes nothing.
 */
export function claimLocalProgress(storage: Storage | null, learnerId: string | null): 'own' | 'other' {
  if (storage === null || learnerId === null || learnerId === '') return 'own';
  try {
    const owner = storage.getItem(LEARNER_KEY);
    if (owner !== learnerId) storage.setItem(LEARNER_KEY, learnerId);
    return owner === null || owner === learnerId ? 'own' : 'other';
  } catch {
    return 'own';
  }
}
