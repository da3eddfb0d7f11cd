import { Link } from 'react-router-dom';
import { useShallow } from 'zustand/react/shallow';
import { course, findChapter, summaryIn } from '../../course/course.ts';
import { useT } from '../../i18n/use-t.ts';
import { useProgressStore } from '../../progress/progress-store.ts';
import { selectResumeTarget } from '../../progress/selectors.ts';

/** The home page's way in: back to the last slide read, or to the first chapter when nothing is started. */
export function ContinueLearning() {
  const { t, locale } = useT();
  const target = useProgressStore(useShallow((s) => selectResumeTarget(s, course)));
  const chapter = target ? findChapter(target.chapterId) : undefined;
  if (target && chapter) {
    const title = summaryIn(chapter, locale)?.summary.title ?? chapter.plannedTitle[locale];
    return (
      <p className="continue-learning">
        <Link className="continue-link" to={`/learn/${encodeURIComponent(target.chapterId)}/${encodeURIComponent(target.slideId)}`}>
          {t('progress.continue', { title })}
        </Link>
      </p>
    );
  }
  const first = course.chapters.find((c) => c.slideIds.length > 0);
  if (!first) return null;
  return (
    <p className="continue-learning">
      <Link className="continue-link" to={`/learn/${encodeURIComponent(first.id)}`}>
        {t('progress.startFirst')}
      </Link>
    </p>
  );
}
