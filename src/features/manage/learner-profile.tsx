import type { ReactNode } from 'react';
import { manageMessages } from '../../i18n/messages/manage.ts';
import { useT } from '../../i18n/use-t.ts';
import { formatDateTime } from './format.ts';
import { StatusBadge } from './status-badge.tsx';
import type { LearnerDetail } from './types.ts';

/** Who the learner is and where they stand: a description list. */
export function LearnerProfile({ learner }: { learner: LearnerDetail['learner'] }) {
  const { t, locale } = useT(manageMessages);
  const none = t('manage.matrix.none');
  const rows: Array<[string, ReactNode]> = [
    [t('manage.matrix.employeeId'), learner.employeeId ?? none],
    [t('manage.matrix.team'), learner.team ?? none],
    [t('manage.matrix.status'), <StatusBadge key="status" status={learner.status} overdue={learner.overdue} />],
    [t('manage.learner.joined'), formatDateTime(learner.joinedAt, locale)],
    [t('manage.matrix.lastActive'), learner.lastActivityAt === null ? t('manage.matrix.never') : formatDateTime(learner.lastActivityAt, locale)],
  ];
  return (
    <dl className="manage-profile">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
