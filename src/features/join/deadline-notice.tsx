import { useEffect, useState } from 'react';
import type { Locale } from '../../content/types.ts';
import { deadlineMessages } from '../../i18n/messages/deadline.ts';
import { useT } from '../../i18n/use-t.ts';
import { refreshEnrolledCohort } from '../../sync/cohort-refresh.ts';
import { readEnrollment } from '../../sync/enrollment.ts';
import './deadline-notice.css';

const DAY = 24 * 60 * 60 * 1000;

/** Whole calendar days from `today` to the `YYYY-MM-DD` date (negative once it has passed), on this device's calendar. */
export function daysUntil(dueDate: string, today: Date): number {
  const [year = 0, month = 1, day = 1] = dueDate.split('-').map(Number);
  const due = Date.UTC(year, month - 1, day);
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((due - now) / DAY);
}

function formatDue(dueDate: string, locale: Locale): string {
  const [year = 0, month = 1, day = 1] = dueDate.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(year, month - 1, day));
}

/**
 * The cohort's due date and the days left, for a learner who joined one and has not finished: from
 * the enrollment this device stores, refreshed from the server whenever the page opens or the
 * device comes back online, so a date the manager moved reaches the learner.
 */
export function DeadlineNotice({ complete }: { complete: boolean }) {
  const { t, locale } = useT(deadlineMessages);
  const [dueDate, setDueDate] = useState(() => readEnrollment()?.cohort.dueDate ?? null);
  useEffect(() => {
    let current = true;
    const refresh = () => {
      void refreshEnrolledCohort().then((cohort) => {
        if (current) setDueDate(cohort?.dueDate ?? null);
      });
    };
    refresh();
    window.addEventListener('online', refresh);
    return () => {
      current = false;
      window.removeEventListener('online', refresh);
    };
  }, []);
  if (dueDate === null || complete) return null;
  const days = daysUntil(dueDate, new Date());
  const date = formatDue(dueDate, locale);
  const text =
    days > 1
      ? t('deadline.left', { date, days })
      : days === 1
        ? t('deadline.oneDay', { date })
        : days === 0
          ? t('deadline.today', { date })
          : t('deadline.past', { date, days: -days });
  return (
    <aside className={days < 0 ? 'deadline-notice deadline-past' : 'deadline-notice'} aria-label={t('deadline.label')}>
      <p>{text}</p>
    </aside>
  );
}
