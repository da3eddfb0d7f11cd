import { useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { ApiError } from '../../http/api-client.ts';
import { manageMessages } from '../../i18n/messages/manage.ts';
import { manageToolMessages } from '../../i18n/messages/manage-tools.ts';
import { useT } from '../../i18n/use-t.ts';
import { failureReason } from './failure-reason.ts';
import { removeLearner } from './manager-api.ts';
import { useSession } from './session-context.ts';
import type { Cohort } from './types.ts';

type Mode = 'keep' | 'erase';

/** What the cohort page says after a removal (passed in the navigation's state). */
export interface RemovedState {
  removed: string;
}

/**
 * Takes a learner out of the cohort, keeping their record or (on their request) erasing it: the
 * manager picks which, then confirms in a second step before anything happens.
 */
export function RemoveLearner({ cohort, learnerId, name }: { cohort: Cohort; learnerId: string; name: string }) {
  const { t } = useT(manageMessages, manageToolMessages);
  const { expire } = useSession();
  const navigate = useNavigate();
  const id = useId();
  const [mode, setMode] = useState<Mode>('keep');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);

  const remove = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const result = await removeLearner(cohort.id, learnerId, mode);
    setBusy(false);
    if (!result.ok) {
      if (result.error.status === 401) return expire();
      setConfirming(false);
      return setError(result.error);
    }
    const state: RemovedState = { removed: name };
    navigate(`/manage/cohorts/${encodeURIComponent(cohort.id)}`, { state });
  };

  return (
    <section className="manage-panel manage-danger-zone" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('tools.remove.title')}</h3>
      <p>{t('tools.remove.hint')}</p>
      <fieldset disabled={confirming}>
        <legend>{t('tools.remove.mode')}</legend>
        {(['keep', 'erase'] as const).map((option) => (
          <div key={option} className="manage-radio">
            <input id={`${id}-${option}`} type="radio" name={`${id}-mode`} value={option} checked={mode === option} onChange={() => setMode(option)} />
            <label htmlFor={`${id}-${option}`}>{t(option === 'keep' ? 'tools.remove.keep' : 'tools.remove.erase')}</label>
          </div>
        ))}
      </fieldset>
      {confirming ? (
        <div className="manage-confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>
            {mode === 'keep' ? t('tools.remove.confirmKeep', { name, cohort: cohort.name }) : t('tools.remove.confirmErase', { name })}
          </p>
          <button ref={confirmButton} type="button" className="button-danger" onClick={() => void remove()} aria-disabled={busy || undefined}>
            {busy ? t('tools.remove.working') : mode === 'keep' ? t('tools.remove.confirm') : t('tools.remove.confirmEraseButton')}
          </button>
          <button
            type="button"
            onClick={() => {
              setConfirming(false);
              requestAnimationFrame(() => startButton.current?.focus());
            }}
          >
            {t('tools.remove.cancel')}
          </button>
        </div>
      ) : (
        <button
          ref={startButton}
          type="button"
          onClick={() => {
            setConfirming(true);
            requestAnimationFrame(() => confirmButton.current?.focus());
          }}
        >
          {t('tools.remove.submit', { name })}
        </button>
      )}
      <p role="alert" className="manage-failure">
        {error === null ? null : t('tools.remove.failed', { reason: failureReason(error, t) })}
      </p>
    </section>
  );
}
