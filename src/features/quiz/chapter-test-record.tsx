import '../../i18n/messages/quiz-register.ts';
import { useShallow } from 'zustand/react/shallow';
import type { Chapter } from '../../content/types.ts';
import { course, findChapter } from '../../course/course.ts';
import { useT } from '../../i18n/use-t.ts';
import { useProgressStore } from '../../progress/progress-store.ts';
import { selectChapterProgress } from '../../progress/selectors.ts';
import { isPassed } from '../../quiz/completion.ts';
import { toPercent } from './score-format.ts';

/** The learner's best score, attempt count and chapter completion, from the progress store. */
export function ChapterTestRecord({ chapter }: { chapter: Chapter }) {
  const { t } = useT();
  const entry = findChapter(chapter.id);
  const progress = useProgressStore(
    useShallow((state) =>
      entry ? selectChapterProgress(state, entry, chapter.locale, course.passMark) : null,
    ),
  );
  if (!progress) return null;
  const { bestScore, attempts, complete } = progress;
  const passed = bestScore !== null && isPassed(bestScore, course.passMark);
  return (
    <div className="chapter-test-record" role="group" aria-label={t('test.record')}>
      {attempts === 0 ? (
        <p>{t('test.noAttempts')}</p>
      ) : (
        <p>
          {bestScore !== null ? <span>{t('test.best', { percent: toPercent(bestScore) })}</span> : null}
          <span>{t('test.attempts', { count: attempts })}</span>
        </p>
      )}
      {complete ? <p className="chapter-test-complete">{t('test.complete')}</p> : null}
      {passed && !complete ? <p>{t('test.readAll')}</p> : null}
    </div>
  );
}
