import { Link } from 'react-router-dom';
import { progressMessages } from '../../i18n/messages/progress.ts';
import { useT } from '../../i18n/use-t.ts';
import { ProgressBar } from '../../ui/progress-bar.tsx';
import { useCourseProgress } from './use-progress.ts';

/** The course as a whole: share of chapters complete, and the way to the certificate once it is. */
export function CourseSummary() {
  const { t } = useT(progressMessages);
  const { percent, completedChapters, totalChapters, complete } = useCourseProgress();
  return (
    <section className="progress-panel course-summary" aria-labelledby="course-summary-heading">
      <h2 id="course-summary-heading">{t('progress.course.heading')}</h2>
      <p className="course-percent">{percent}%</p>
      <p>{t('progress.course.chapters', { done: completedChapters, total: totalChapters })}</p>
      <ProgressBar value={percent} label={t('progress.course.label')} />
      {complete ? (
        <Link className="button-link progress-button progress-primary" to="/progress/certificate">
          {t('progress.course.certificate')}
        </Link>
      ) : (
        <p className="progress-muted">{t('progress.course.certificateHint')}</p>
      )}
    </section>
  );
}
