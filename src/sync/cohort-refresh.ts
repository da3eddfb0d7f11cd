import { apiCall } from '../http/api-client.ts';
import { parseEnrollment, readEnrollment, updateEnrollment, type EnrolledCohort } from './enrollment.ts';

/**
 * Asks the server for the learner's cohort (its name and due date may have changed since joining)
 * and keeps the answer with the stored enrollment. Offline, refused or malformed answers leave the
 * stored cohort as it was. Returns the cohort as stored afterwards, or null without an enrollment.
 */
export async function refreshEnrolledCohort(): Promise<EnrolledCohort | null> {
  const enrollment = readEnrollment();
  if (enrollment === null || enrollment.revoked) return enrollment?.cohort ?? null;
  const result = await apiCall<{ cohort?: unknown } | null>('/api/me', { token: enrollment.token });
  const fresh = result.ok ? parseEnrollment({ ...enrollment, cohort: result.data?.cohort })?.cohort : undefined;
  if (fresh === undefined || fresh.id !== enrollment.cohort.id) return enrollment.cohort;
  return updateEnrollment((current) => ({ ...current, cohort: fresh }))?.cohort ?? fresh;
}
