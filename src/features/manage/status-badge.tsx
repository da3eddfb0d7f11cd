import { manageMessages } from '../../i18n/messages/manage.ts';
import { useT } from '../../i18n/use-t.ts';
import type { LearnerStatus } from './types.ts';

/** A learner's status in words, with "overdue" beside it when the due date has passed. */
export function StatusBadge({ status, overdue }: { status: LearnerStatus; overdue: boolean }) {
  const { t } = useT(manageMessages);
  return (
    <>
      <span className={`status-badge status-${status}`}>{t(`manage.status.${status}`)}</span>
      {overdue ? <span className="status-badge status-overdue">{t('manage.status.overdue')}</span> : null}
    </>
  );
}
