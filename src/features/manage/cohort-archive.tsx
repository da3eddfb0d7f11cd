import { useId, useRef, useState } from 'react';
import type { ApiError } from '../../http/api-client.ts';
import { manageMessages } from '../../i18n/messages/manage.ts';
import { manageToolMessages } from '../../i18n/messages/manage-tools.ts';
import { useT } from '../../i18n/use-t.ts';
import { failureReason } from './failure-reason.ts';
import { formatDay } from './format.ts';
import { setArchived } from './manager-api.ts';
import { useSession } from './session-context.ts';
import type { Cohort } from './types.ts';

/** Archive (after a confirmation) or restore the cohort. */
export function CohortArchive({ cohort, onChanged }: { cohort: Cohort; onChanged: () => void }) {
  const { t, locale } = useT(manageMessages, manageToolMessages);
  const { expire } = useSession();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<'archived' | 'restored' | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const archived = cohort.archivedAt !== null;

  const change = async (archive: boolean) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const result = await setArchived(cohort.id, archive);
    setBusy(false);
    setConfirming(false);
    if (!result.ok) {
      if (result.error.status === 401) return expire();
      return setError(result.error);
    }
    setDone(archive ? 'archived' : 'restored');
    onChanged();
  };

  return (
    <section className="manage-panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('tools.settings.archiveTitle')}</h3>
      {archived ? (
        <>
          <p>{t('tools.settings.archivedOn', { date: formatDay(cohort.archivedAt!, locale) })}</p>
          <button type="button" onClick={() => void change(false)} aria-disabled={busy || undefined}>
            {t('tools.settings.restore')}
          </button>
        </>
      ) : confirming ? (
        <div className="manage-confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>{t('tools.settings.archiveConfirm', { name: cohort.name })}</p>
          <button ref={confirmButton} type="button" className="button-danger" onClick={() => void change(true)} aria-disabled={busy || undefined}>
            {t('tools.settings.confirmArchive')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('tools.settings.cancel')}
          </button>
        </div>
      ) : (
        <>
          <p>{t('tools.settings.archiveHint')}</p>
          <button
            type="button"
            onClick={() => {
              setConfirming(true);
              requestAnimationFrame(() => confirmButton.current?.focus());
            }}
          >
            {t('tools.settings.archive')}
          </button>
        </>
      )}
      <p role="status" className="manage-muted">
        {done === 'archived' ? t('tools.settings.archiveDone') : done === 'restored' ? t('tools.settings.restoreDone') : null}
      </p>
      <p role="alert" className="manage-failure">
        {error === null ? null : t('tools.settings.failed', { reason: failureReason(error, t) })}
      </p>
    </section>
  );
}
