import { useLayoutEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import { manageMessages } from '../../i18n/messages/manage.ts';
import { manageToolMessages } from '../../i18n/messages/manage-tools.ts';
import { useT } from '../../i18n/use-t.ts';
import { CohortInvite } from './cohort-invite.tsx';
import { CohortNav } from './cohort-nav.tsx';
import { formatCalendarDate } from './format.ts';
import type { Cohort } from './types.ts';

/**
 * The cohort's name, due date and size, the way back to the list, its pages, how to invite
 * learners, and (on the matrix) the CSV export.
 */
export function CohortHeader({ cohort, exportHref }: { cohort: Cohort; exportHref?: string }) {
  const { t, locale } = useT(manageMessages, manageToolMessages);
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), [cohort.id]);
  return (
    <header className="manage-cohort-header">
      <p>
        <Link to="/manage">{t('manage.cohort.back')}</Link>
      </p>
      <h2 ref={heading} tabIndex={-1}>
        {cohort.name}
        {cohort.archivedAt === null ? null : <span className="status-badge status-archived">{t('tools.archived')}</span>}
      </h2>
      <p className="manage-muted">
        {cohort.dueDate ? t('manage.cohort.due', { date: formatCalendarDate(cohort.dueDate, locale) }) : t('manage.cohort.noDue')}
        {' · '}
        {t('manage.cohort.learners', { count: cohort.learnerCount })}
      </p>
      <CohortNav cohortId={cohort.id} />
      {cohort.archivedAt === null ? (
        <details className="manage-invite-details">
          <summary>{t('manage.cohort.invite')}</summary>
          <CohortInvite cohort={cohort} />
        </details>
      ) : null}
      {exportHref === undefined ? null : (
        <p>
          <a className="button-link" href={exportHref} download>
            {t('manage.cohort.export')}
          </a>
        </p>
      )}
    </header>
  );
}
