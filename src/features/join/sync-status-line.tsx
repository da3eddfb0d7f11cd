import { joinMessages } from '../../i18n/messages/join.ts';
import { useT } from '../../i18n/use-t.ts';
import { useProgressStore } from '../../progress/progress-store.ts';
import { useSyncStatus } from '../../sync/use-sync-status.ts';

/** Where the learner's progress stands with the server: sent, waiting, or partly undeliverable. */
export function SyncStatusLine() {
  const { t } = useT(joinMessages);
  const status = useSyncStatus();
  const pending = useProgressStore((s) => s.outbox.reduce((count, event) => (event.acked ? count : count + 1), 0));
  if (status.state === 'revoked') return null;
  const main =
    status.state === 'waiting' ? t('join.sync.waiting') : pending > 0 ? t('join.sync.pending', { count: pending }) : t('join.sync.sent');
  return (
    <div className="join-sync" role="status">
      <p>{main}</p>
      {status.undeliverable > 0 ? <p>{t('join.sync.undeliverable', { count: status.undeliverable })}</p> : null}
    </div>
  );
}
