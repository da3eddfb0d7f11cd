import { useId, useState } from 'react';
import { course } from '../../course/course.ts';
import type { ApiError } from '../../http/api-client.ts';
import { REMINDER_BODY_MAX, REMINDER_SUBJECT_MAX } from '../../protocol/constants.ts';
import type { BehindList, ReminderResult } from '../../protocol/reminders.ts';
import { manageMessages } from '../../i18n/messages/manage.ts';
import { manageToolMessages } from '../../i18n/messages/manage-tools.ts';
import { useT } from '../../i18n/use-t.ts';
import { CopyButton } from './copy-button.tsx';
import { failureReason } from './failure-reason.ts';
import { formatCalendarDate } from './format.ts';
import { sendReminders } from './manager-api.ts';
import { useSession } from './session-context.ts';
import type { Cohort } from './types.ts';

/**
 * A reminder for the learners behind, in the manager's language, to edit, copy (for chat) or, where
 * the server can send e-mail, mail to each learner who gave an address. `{name}` stays a
 * placeholder in what is copied and becomes each name in what is mailed.
 */
export function ReminderForm({ cohort, list, onSent }: { cohort: Cohort; list: BehindList; onSent: () => void }) {
  const { t, locale } = useT(manageMessages, manageToolMessages);
  const { expire } = useSession();
  const id = useId();
  const link = `${window.location.origin}/`;
  const [subject, setSubject] = useState(() => t('tools.behind.subjectDefault', { course: course.title[locale] }));
  const [body, setBody] = useState(() =>
    cohort.dueDate === null
      ? t('tools.behind.bodyNoDue', { cohort: cohort.name, link })
      : t('tools.behind.bodyDue', { cohort: cohort.name, link, date: formatCalendarDate(cohort.dueDate, locale) }),
  );
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ReminderResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const withEmail = list.learners.filter((learner) => learner.email !== null);
  const names = (ids: string[]) =>
    list.learners
      .filter((learner) => ids.includes(learner.id))
      .map((learner) => learner.displayName)
      .join(locale === 'zh-CN' ? '、' : ', ');

  const send = async () => {
    if (busy || withEmail.length === 0 || subject.trim() === '' || body.trim() === '') return;
    setBusy(true);
    setError(null);
    setResult(null);
    const answer = await sendReminders(cohort.id, { learnerIds: list.learners.map((learner) => learner.id), subject: subject.trim(), body: body.trim() });
    setBusy(false);
    if (!answer.ok) {
      if (answer.error.status === 401) return expire();
      return setError(answer.error);
    }
    setResult(answer.data);
    onSent();
  };

  return (
    <section className="manage-reminder" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('tools.behind.message')}</h4>
      <div className="manage-field">
        <label htmlFor={`${id}-subject`}>{t('tools.behind.subject')}</label>
        <input id={`${id}-subject`} type="text" value={subject} maxLength={REMINDER_SUBJECT_MAX} onChange={(event) => setSubject(event.target.value)} />
      </div>
      <div className="manage-field">
        <label htmlFor={`${id}-body`}>{t('tools.behind.body')}</label>
        <textarea id={`${id}-body`} rows={8} value={body} maxLength={REMINDER_BODY_MAX} onChange={(event) => setBody(event.target.value)} />
      </div>
      <p>
        <CopyButton text={`${subject}\n\n${body}`} what={t('tools.behind.copy')} />
      </p>
      {!list.mailConfigured ? (
        <p className="manage-muted">{t('tools.behind.noMail')}</p>
      ) : withEmail.length === 0 ? (
        <p className="manage-muted">{t('tools.behind.noAddresses')}</p>
      ) : (
        <button type="button" className="button-primary" onClick={() => void send()} aria-disabled={busy || subject.trim() === '' || body.trim() === '' || undefined}>
          {busy ? t('tools.behind.sending') : t('tools.behind.send', { count: withEmail.length })}
        </button>
      )}
      <div role="status" className="manage-reminder-result">
        {result === null ? null : (
          <>
            <p>{t('tools.behind.sent', { count: result.sent.length })}</p>
            {result.noEmail.length > 0 ? <p>{t('tools.behind.withoutEmail', { names: names(result.noEmail) })}</p> : null}
            {result.failed.length > 0 ? <p className="manage-failure">{t('tools.behind.failedTo', { names: names(result.failed) })}</p> : null}
          </>
        )}
      </div>
      <p role="alert" className="manage-failure">
        {error === null ? null : t('tools.behind.sendFailed', { reason: failureReason(error, t) })}
      </p>
    </section>
  );
}
