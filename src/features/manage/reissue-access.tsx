import { useId, useState } from 'react';
import { manageMessages } from '../../i18n/messages/manage.ts';
import { useT } from '../../i18n/use-t.ts';
import { accessLink } from '../../sync/access-link.ts';
import { CopyButton } from './copy-button.tsx';
import { reissueToken } from './manager-api.ts';
import { useSession } from './session-context.ts';
import type { Cohort } from './types.ts';

/**
 * A new sign-in link for a learner who changed device or whose sign-in stopped working. The old
 * token stops working at once; the link, with the new token, is shown only here and only once.
 */
export function ReissueAccess({ cohort, learnerId }: { cohort: Cohort; learnerId: string }) {
  const { t } = useT(manageMessages);
  const { expire } = useSession();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [link, setLink] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  const reissue = async () => {
    if (busy) return;
    setBusy(true);
    setFailed(false);
    const result = await reissueToken(cohort.id, learnerId);
    setBusy(false);
    if (!result.ok) {
      if (result.error.status === 401) return expire();
      setFailed(true);
      return;
    }
    const { id: cohortId, name, dueDate } = cohort;
    setLink(accessLink(window.location.origin, cohort.enrollmentCode, { learnerId, token: result.data.token, cohort: { id: cohortId, name, dueDate } }));
  };

  return (
    <section className="manage-panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('manage.learner.access')}</h3>
      <p>{t('manage.learner.accessHint')}</p>
      <button type="button" onClick={() => void reissue()} aria-disabled={busy || undefined}>
        {busy ? t('manage.learner.reissuing') : t('manage.learner.reissue')}
      </button>
      <p role="alert" className="manage-failure">
        {failed ? t('manage.learner.reissueFailed') : null}
      </p>
      {link ? (
        <div className="manage-created" role="status">
          <p>{t('manage.learner.reissued')}</p>
          <code className="manage-link-text">{link}</code>
          <CopyButton text={link} what={t('manage.access.link')} />
        </div>
      ) : null}
    </section>
  );
}
