import { Link } from 'react-router-dom';
import { useShallow } from 'zustand/react/shallow';
import { course, findChapter, summaryIn } from '../../course/course.ts';
import { useT } from '../../i18n/use-t.ts';
import { useProgressStore } from '../../progress/progress-store.ts';
import { continueTarget } from './continue-target.ts';

/** The home page's way in: where the learner left off, the next unfinished chapter, or the certificate. */
export function ContinueLearning() {
  const { t, locale } = useT();
  const target = useProgressStore(useShallow((s) => continueTarget(s, course)));
  if (target === null) return null;
  let text: string;
  if (target.kind === 'certificate') {
    text = t('progress.toCertificate');
  } else if (target.kind === 'start') {
    text = t('progress.startFirst');
  } else {
    const chapter = findChapter(target.chapterId);
    const title = chapter ? (summaryIn(chapter, locale)?.summary.title ?? chapter.plannedTitle[locale]) : target.chapterId;
    text = t(target.kind === 'test' ? 'progress.continueTest' : 'progress.continue', { title });
  }
  return (
    <p className="continue-learning">
      <Link className="continue-link" to={target.href}>
        {text}
      </Link>
    </p>
  );
}
