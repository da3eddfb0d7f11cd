import type { ProfileInput } from '../../progress/progress-schema.ts';
import { useProgressStore } from '../../progress/progress-store.ts';
import { saveEnrollment, type Enrollment } from '../../sync/enrollment.ts';
import { applyServerProgress, fetchServerProgress, type ServerProgress } from '../../sync/restore-progress.ts';
import { restartSync } from '../../sync/start-sync.ts';

/** How it went: the enrollment, and how many records came back from the server (null: none could be fetched). */
export interface Enrolled {
  enrollment: Enrollment;
  restored: number | null;
}

/**
 * Makes this browser the learner's: stores the enrollment, gives the progress store a profile if
 * it has none, merges what the server already holds for the learner (a second device gets its
 * record back) and starts sending progress. False if the browser cannot store the enrollment.
 */
export async function enrollHere(enrollment: Enrollment, profile: ProfileInput | null, known?: ServerProgress): Promise<Enrolled | null> {
  const { revoked: _revoked, ...fresh } = enrollment;
  if (!saveEnrollment(fresh)) return null;
  const store = useProgressStore.getState();
  if (store.profile === null && profile !== null) store.setProfile(profile);
  const server = known ?? (await fetchServerProgress(fresh.token));
  if (server.kind === 'ok') applyServerProgress(server.events);
  restartSync(useProgressStore);
  return { enrollment: fresh, restored: server.kind === 'ok' ? server.events.length : null };
}
