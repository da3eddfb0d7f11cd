import { useId, useLayoutEffect, useRef, useState } from 'react';
import { manageMessages } from '../../i18n/messages/manage.ts';
import { manageToolMessages } from '../../i18n/messages/manage-tools.ts';
import { useT } from '../../i18n/use-t.ts';
import { CohortTable } from './cohort-table.tsx';
import { CreateCohortForm } from './create-cohort-form.tsx';
import { LoadState } from './load-state.tsx';
import { listCohorts } from './manager-api.ts';
import { RefreshStatus } from './refresh-status.tsx';
import { usePolledData } from './use-polled-data.ts';

/** `/manage`: the manager's cohorts, and a form to create one. */
export function CohortsPage() {
  const { t } = useT(manageMessages, manageToolMessages);
  const id = useId();
  const [archived, setArchived] = useState(false);
  const cohorts = usePolledData(archived ? 'cohorts+archived' : 'cohorts', () => listCohorts(archived));
  const heading = useRef<HTMLHeadingElement>(null);
  // Signing in or coming back from a cohort lands here: say where we are.
  useLayoutEffect(() => heading.current?.focus(), []);
  return (
    <>
      <section className="manage-panel" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
          {t('manage.cohorts.title')}
        </h2>
        <div className="manage-check">
          <input id={`${id}-archived`} type="checkbox" checked={archived} onChange={(event) => setArchived(event.target.checked)} />
          <label htmlFor={`${id}-archived`}>{t('tools.list.showArchived')}</label>
        </div>
        {cohorts.data === null ? (
          <LoadState error={cohorts.error} missing={t('manage.error.server')} onRetry={cohorts.refresh} />
        ) : (
          <>
            <CohortTable cohorts={cohorts.data.cohorts} />
            <RefreshStatus updatedAt={cohorts.updatedAt} error={cohorts.error} onRefresh={cohorts.refresh} />
          </>
        )}
      </section>
      <CreateCohortForm onCreated={cohorts.refresh} />
    </>
  );
}
