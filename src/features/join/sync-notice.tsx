import { useState } from 'react';
import { joinMessages } from '../../i18n/messages/join.ts';
import { useT } from '../../i18n/use-t.ts';
import { useSyncStatus } from '../../sync/use-sync-status.ts';
import './sync-notice.css';

/** Shown on every page once the server has refused this browser's learner token. */
export function SyncNotice() {
  const { t } = useT(joinMessages);
  const { state } = useSyncStatus();
  const [dismissed, setDismissed] = useState(false);
  if (state !== 'revoked' || dismissed) return null;
  return (
    <section className="notice sync-notice" aria-labelledby="sync-notice-title">
      <h2 id="sync-notice-title">{t('join.revoked.title')}</h2>
      <p>{t('join.revoked.body')}</p>
      <button type="button" onClick={() => setDismissed(true)}>
        {t('join.revoked.dismiss')}
      </button>
    </section>
  );
}
