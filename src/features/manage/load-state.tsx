import { Link } from 'react-router-dom';
import { manageMessages } from '../../i18n/messages/manage.ts';
import { useT } from '../../i18n/use-t.ts';
import type { ApiError } from '../../http/api-client.ts';

/** Before the first data: loading, or why it failed (with a retry); `missing` for a 404. */
export function LoadState({ error, missing, onRetry }: { error: ApiError | null; missing: string; onRetry: () => void }) {
  const { t } = useT(manageMessages);
  if (error === null) {
    return (
      <p className="status" role="status">
        {t('manage.loading')}
      </p>
    );
  }
  const message = error.status === 404 ? missing : t(error.status === 0 ? 'manage.error.offline' : 'manage.error.server');
  return (
    <div className="manage-panel">
      <p role="alert" className="manage-failure">
        {message}
      </p>
      {error.status === 404 ? (
        <p>
          <Link to="/manage">{t('manage.cohort.back')}</Link>
        </p>
      ) : (
        <button type="button" onClick={onRetry}>
          {t('manage.retry')}
        </button>
      )}
    </div>
  );
}
