import { Link } from 'react-router-dom';
import type { BehindList } from '../../protocol/reminders.ts';
import { manageMessages } from '../../i18n/messages/manage.ts';
import { manageToolMessages } from '../../i18n/messages/manage-tools.ts';
import { useT } from '../../i18n/use-t.ts';
import { formatDateTime, formatDay, formatPercent } from './format.ts';

/** The learners behind: who, why, when they last studied, how far they got, where a reminder can go. */
export function BehindTable({ list }: { list: BehindList }) {
  const { t, locale } = useT(manageMessages, manageToolMessages);
  return (
    <div className="manage-scroll">
      <table className="manage-table">
        <caption>{t('tools.behind.caption', { count: list.learners.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('manage.matrix.name')}</th>
            <th scope="col">{t('tools.behind.reason')}</th>
            <th scope="col">{t('manage.matrix.lastActive')}</th>
            <th scope="col">{t('manage.matrix.progress')}</th>
            <th scope="col">{t('tools.behind.email')}</th>
          </tr>
        </thead>
        <tbody>
          {list.learners.map((learner) => (
            <tr key={learner.id}>
              <th scope="row">
                <Link to={`/manage/cohorts/${encodeURIComponent(list.cohortId)}/learners/${encodeURIComponent(learner.id)}`}>{learner.displayName}</Link>
              </th>
              <td>
                {learner.reasons.map((reason) => (
                  <span key={reason} className={`status-badge status-${reason === 'overdue' ? 'overdue' : 'stalled'}`}>
                    {reason === 'overdue' ? t('tools.behind.reason.overdue') : t('tools.behind.reason.stalled', { days: list.days })}
                  </span>
                ))}
              </td>
              <td>{learner.lastActivityAt === null ? t('manage.matrix.never') : formatDateTime(learner.lastActivityAt, locale)}</td>
              <td className="manage-number">{formatPercent(learner.progressPercent, locale)}</td>
              <td>
                {learner.email ?? <span className="manage-muted">{t('tools.behind.noEmail')}</span>}
                {learner.remindedAt === null ? null : <span className="manage-muted behind-reminded">{t('tools.behind.reminded', { date: formatDay(learner.remindedAt, locale) })}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
