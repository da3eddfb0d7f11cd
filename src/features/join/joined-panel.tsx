import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import { useShallow } from 'zustand/react/shallow';
import { course, findChapter, summaryIn } from '../../course/course.ts';
import { joinMessages } from '../../i18n/messages/join.ts';
import { useT } from '../../i18n/use-t.ts';
import { useProgressStore } from '../../progress/progress-store.ts';
import { selectResumeTarget } from '../../progress/selectors.ts';
import type { Enrollment } from '../../sync/enrollment.ts';
import { formatDueDate } from './format-date.ts';
import { SyncStatusLine } from './sync-status-line.tsx';

interface JoinedPanelProps {
  enrollment: Enrollment;
  /** Records brought back from the server just now; null if they could not be fetched. */
  restored?: number | null;
  /** Move focus to the heading (right after joining). */
  focus?: boolean;
}

/** After joining: the cohort, its due date, where progress stands, and the way into the course. */
export function JoinedPanel({ enrollment, restored, focus = false }: JoinedPanelProps) {
  const { t, locale } = useT(joinMessages);
  const heading = useRef<HTMLHeadingElement>(null);
  const target = useProgressStore(useShallow((s) => selectResumeTarget(s, course)));
  const { cohort } = enrollment;

  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);

  const resume = target ? findChapter(target.chapterId) : undefined;
  const first = course.chapters.find((chapter) => chapter.slideIds.length > 0);
  const link =
    target && resume
      ? {
          to: `/learn/${encodeURIComponent(target.chapterId)}/${encodeURIComponent(target.slideId)}`,
          text: t('join.done.continue', { title: summaryIn(resume, locale)?.summary.title ?? resume.plannedTitle[locale] }),
        }
      : first
        ? { to: `/learn/${encodeURIComponent(first.id)}`, text: t('join.done.start') }
        : null;

  return (
    <section className="join-panel" aria-labelledby="join-done-title">
      <h2 id="join-done-title" ref={heading} tabIndex={-1}>
        {t('join.done.title', { cohort: cohort.name })}
      </h2>
      <p>{cohort.dueDate ? t('join.done.due', { date: formatDueDate(cohort.dueDate, locale) }) : t('join.done.noDue')}</p>
      {restored === undefined || restored === 0 ? null : <p>{restored === null ? t('join.done.restoreFailed') : t('join.done.restored', { count: restored })}</p>}
      <SyncStatusLine />
      {link ? (
        <p>
          <Link className="button-link button-primary" to={link.to}>
            {link.text}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
