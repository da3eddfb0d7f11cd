import { manageMessages } from '../../i18n/messages/manage.ts';
import { useT } from '../../i18n/use-t.ts';
import { formatClock } from './format.ts';
import type { ApiError } from '../../http/api-client.ts';

/** "Last updated" with a button to refresh now; a failed refresh says why while the old data stays. */
export function RefreshStatus({ updatedAt, error, onRefresh }: { updatedAt: number | null; error: ApiError | null; onRefresh: () => void }) {
  const { t, locale } = useT(manageMessages);
  return (
    <div className="manage-refresh">
      <p>
        {updatedAt === null ? null : <span>{t('manage.refresh.updated', { time: formatClock(updatedAt, locale) })} </span>}
        <span className="manage-muted">{t('manage.refresh.auto')}</span>
      </p>
      <button type="button" onClick={onRefresh}>
        {t('manage.refresh.now')}
      </button>
      {error && updatedAt !== null ? (
        <p role="alert" className="manage-failure">
          {t('manage.refresh.failed', { reason: t(error.status === 0 ? 'manage.error.offline' : 'manage.error.server') })}
        </p>
      ) : null}
    </div>
  );
}
