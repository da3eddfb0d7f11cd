import { Link } from 'react-router-dom';
import { manageMessages } from '../../i18n/messages/manage.ts';
import { manageToolMessages } from '../../i18n/messages/manage-tools.ts';
import { useT } from '../../i18n/use-t.ts';
import { formatCalendarDate, formatDay } from './format.ts';
import type { Cohort } from './types.ts';

/** The manager's cohorts, newest first, each linking to its progress matrix. */
export function CohortTable({ cohorts }: { cohorts: Cohort[] }) {
  const { t, locale } = useT(manageMessages, manageToolMessages);
  if (cohorts.length === 0) return <p>{t('manage.cohorts.empty')}</p>;
  return (
    <div className="manage-scroll">
      <table className="manage-table">
        <caption>{t('manage.cohorts.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('manage.cohorts.name')}</th>
            <th scope="col">{t('manage.cohorts.code')}</th>
            <th scope="col">{t('manage.cohorts.due')}</th>
            <th scope="col">{t('manage.cohorts.learners')}</th>
            <th scope="col">{t('manage.cohorts.created')}</th>
          </tr>
        </thead>
        <tbody>
          {cohorts.map((cohort) => (
            <tr key={cohort.id}>
              <th scope="row">
                <Link to={`cohorts/${encodeURIComponent(cohort.id)}`}>{cohort.name}</Link>
                {cohort.archivedAt === null ? null : <span className="status-badge status-archived">{t('tools.archived')}</span>}
              </th>
              <td>
                <code>{cohort.enrollmentCode}</code>
              </td>
              <td>{cohort.dueDate ? formatCalendarDate(cohort.dueDate, locale) : t('manage.cohorts.noDue')}</td>
              <td className="manage-number">{cohort.learnerCount}</td>
              <td>{formatDay(cohort.createdAt, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
