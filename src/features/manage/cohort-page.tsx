import { useLocation, useParams } from 'react-router-dom';
import { manageMessages } from '../../i18n/messages/manage.ts';
import { manageToolMessages } from '../../i18n/messages/manage-tools.ts';
import { useT } from '../../i18n/use-t.ts';
import { CohortCharts } from './cohort-charts.tsx';
import { CohortHeader } from './cohort-header.tsx';
import { LoadState } from './load-state.tsx';
import { exportUrl, PAGE_SIZE } from './manager-api.ts';
import { MatrixFilters } from './matrix-filters.tsx';
import { MatrixPager } from './matrix-pager.tsx';
import { MatrixTable } from './matrix-table.tsx';
import { RefreshStatus } from './refresh-status.tsx';
import type { RemovedState } from './remove-learner.tsx';
import { useCohortMatrix } from './use-cohort-matrix.ts';
import { nextSort, useMatrixQuery } from './use-matrix-query.ts';

/** `/manage/cohorts/:cohortId`: the learner × chapter matrix with its filters, charts and export. */
export function CohortPage() {
  const { t, locale } = useT(manageMessages, manageToolMessages);
  const { cohortId = '' } = useParams();
  const { query, update } = useMatrixQuery();
  const matrix = useCohortMatrix(cohortId, query);
  const removed = (useLocation().state as RemovedState | null)?.removed;
  if (matrix.data === null) return <LoadState error={matrix.error} missing={t('manage.cohort.notFound')} onRetry={matrix.refresh} />;
  const { page, all } = matrix.data;
  return (
    <div className="manage-cohort manage-wide">
      <CohortHeader cohort={page.cohort} exportHref={exportUrl(cohortId, query, locale)} />
      {removed === undefined ? null : (
        <p role="status" className="manage-created">
          {t('tools.remove.done', { name: removed })}
        </p>
      )}
      <RefreshStatus updatedAt={matrix.updatedAt} error={matrix.error} onRefresh={matrix.refresh} />
      <MatrixFilters query={query} teams={page.teams} onChange={update} />
      <p role="status" className="manage-muted">
        {matrix.stale ? t('manage.loading') : t('manage.filters.result', { count: page.total })}
      </p>
      <MatrixTable matrix={page} query={query} onSort={(sort) => update(nextSort(query, sort))} busy={matrix.stale} />
      <MatrixPager page={query.page} total={page.total} pageSize={PAGE_SIZE} onPage={(next) => update({ page: next })} />
      <CohortCharts chapters={page.chapters} learners={all} />
    </div>
  );
}
