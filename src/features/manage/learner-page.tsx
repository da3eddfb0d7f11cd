import { useLayoutEffect, useRef } from 'react';
import { Link, useParams } from 'react-router-dom';
import { manageMessages } from '../../i18n/messages/manage.ts';
import { useT } from '../../i18n/use-t.ts';
import { AttemptTable } from './attempt-table.tsx';
import type { ApiResult } from '../../http/api-client.ts';
import { LearnerChapters } from './learner-chapters.tsx';
import { LearnerProfile } from './learner-profile.tsx';
import { LoadState } from './load-state.tsx';
import { getCohort, loadLearner } from './manager-api.ts';
import { RefreshStatus } from './refresh-status.tsx';
import { ReissueAccess } from './reissue-access.tsx';
import { RemoveLearner } from './remove-learner.tsx';
import type { Cohort, LearnerDetail } from './types.ts';
import { useOlderAttempts } from './use-older-attempts.ts';
import { usePolledData } from './use-polled-data.ts';

async function loadBoth(cohortId: string, learnerId: string): Promise<ApiResult<{ cohort: Cohort; detail: LearnerDetail }>> {
  const [cohort, detail] = await Promise.all([getCohort(cohortId), loadLearner(cohortId, learnerId)]);
  if (!cohort.ok) return cohort;
  if (!detail.ok) return detail;
  return { ok: true, data: { cohort: cohort.data.cohort, detail: detail.data } };
}

/** `/manage/cohorts/:cohortId/learners/:learnerId`: one learner's chapters, test attempts and sign-in link. */
export function LearnerPage() {
  const { t } = useT(manageMessages);
  const { cohortId = '', learnerId = '' } = useParams();
  const loaded = usePolledData(`${cohortId}/${learnerId}`, () => loadBoth(cohortId, learnerId));
  const heading = useRef<HTMLHeadingElement>(null);
  const ready = loaded.data !== null;
  const older = useOlderAttempts(cohortId, learnerId, loaded.data?.detail ?? null);
  // Focus moves in the commit that shows the heading, so it is never on screen without focus.
  useLayoutEffect(() => {
    if (ready) heading.current?.focus();
  }, [ready]);

  if (loaded.data === null) return <LoadState error={loaded.error} missing={t('manage.learner.notFound')} onRetry={loaded.refresh} />;
  const { cohort, detail } = loaded.data;
  const name = detail.learner.displayName;
  return (
    <div className="manage-learner">
      <p>
        <Link to={`/manage/cohorts/${encodeURIComponent(cohort.id)}`}>{t('manage.learner.back', { cohort: cohort.name })}</Link>
      </p>
      <h2 ref={heading} tabIndex={-1}>
        {name}
      </h2>
      <LearnerProfile learner={detail.learner} />
      <RefreshStatus updatedAt={loaded.updatedAt} error={loaded.error} onRefresh={loaded.refresh} />
      <LearnerChapters name={name} chapters={detail.chapters} />
      <AttemptTable name={name} attempts={older.attempts} total={detail.attemptsTotal} older={older} />
      <ReissueAccess cohort={cohort} learnerId={detail.learner.id} />
      <RemoveLearner cohort={cohort} learnerId={detail.learner.id} name={name} />
    </div>
  );
}
