import type { ReactNode } from 'react';
import { useParams } from 'react-router-dom';
import { manageMessages } from '../../i18n/messages/manage.ts';
import { useT } from '../../i18n/use-t.ts';
import { CohortHeader } from './cohort-header.tsx';
import { LoadState } from './load-state.tsx';
import { getCohort } from './manager-api.ts';
import type { Cohort } from './types.ts';
import { usePolledData } from './use-polled-data.ts';

/** A cohort page other than the matrix: the cohort's header and pages, then what `children` draws for it. */
export function CohortFrame({ children }: { children: (cohort: Cohort, refresh: () => void) => ReactNode }) {
  const { t } = useT(manageMessages);
  const { cohortId = '' } = useParams();
  const loaded = usePolledData(`cohort/${cohortId}`, () => getCohort(cohortId));
  if (loaded.data === null) return <LoadState error={loaded.error} missing={t('manage.cohort.notFound')} onRetry={loaded.refresh} />;
  const { cohort } = loaded.data;
  return (
    <div className="manage-cohort">
      <CohortHeader cohort={cohort} />
      {children(cohort, loaded.refresh)}
    </div>
  );
}
