import { manageMessages } from '../../i18n/messages/manage.ts';
import { useT } from '../../i18n/use-t.ts';
import { CopyButton } from './copy-button.tsx';
import type { Cohort } from './types.ts';

/** The full address learners open to join a cohort. */
export function joinLink(code: string): string {
  return `${window.location.origin}/join/${encodeURIComponent(code)}`;
}

/** A cohort's enrollment code and join link, each with a copy button. */
export function CohortInvite({ cohort }: { cohort: Pick<Cohort, 'enrollmentCode'> }) {
  const { t } = useT(manageMessages);
  const link = joinLink(cohort.enrollmentCode);
  return (
    <dl className="manage-invite">
      <div>
        <dt>{t('manage.cohorts.code')}</dt>
        <dd>
          <code className="manage-code">{cohort.enrollmentCode}</code>
          <CopyButton text={cohort.enrollmentCode} what={t('manage.join.code')} />
        </dd>
      </div>
      <div>
        <dt>{t('manage.invite.link')}</dt>
        <dd>
          <code className="manage-link-text">{link}</code>
          <CopyButton text={link} what={t('manage.join.link')} />
        </dd>
      </div>
    </dl>
  );
}
