import { useShallow } from 'zustand/react/shallow';
import type { Chapter } from '../../content/types.ts';
import { course, findChapter } from '../../course/course.ts';
import { quizMessages } from '../../i18n/messages/quiz.ts';
import { useT } from '../../i18n/use-t.ts';
import { own } from '../../progress/progress-data.ts';
import type { QuizAttempt } from '../../progress/progress-schema.ts';
import { useProgressStore } from '../../progress/progress-store.ts';
import { selectChapterProgress } from '../../progress/selectors.ts';
import { isPassed } from '../../quiz/completion.ts';
import { scorePercent as toPercent } from '../../protocol/scores.ts';

/** The learner's best score, attempt count and chapter completion, from the progress store. */
export function ChapterTestRecord({ chapter }: { chapter: Chapter }) {
  const { t } = useT(quizMessages);
  const entry = findChapter(chapter.id);
  const progress = useProgressStore(
    useShallow((state) =>
      entry ? selectChapterProgress(state, entry, chapter.locale, course.passMark) : null,
    ),
  );
  const judged = useProgressStore((state) => latestJudged(own(state.chapters, chapter.id)?.attempts ?? []));
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
      {judged ? <VerdictNotice attempt={judged} /> : null}
      {complete ? <p className="chapter-test-complete">{t('test.complete')}</p> : null}
      {passed && !complete ? <p>{t('test.readAll')}</p> : null}
    </div>
  );
}

/** The newest attempt the server judged differently from this device, if any. */
function latestJudged(attempts: readonly QuizAttempt[]): QuizAttempt | null {
  for (let i = attempts.length - 1; i >= 0; i--) {
    const attempt = attempts[i]!;
    if (attempt.verdict === undefined) continue;
    const differs = attempt.verdict.verdict !== 'graded' || Math.abs((attempt.verdict.score ?? 0) - attempt.score) > 1e-9;
    return differs ? attempt : null;
  }
  return null;
}

/** Where the server's verdict differs from what this device showed, the learner is told plainly. */
function VerdictNotice({ attempt }: { attempt: QuizAttempt }) {
  const { t, locale } = useT(quizMessages);
  const verdict = attempt.verdict!;
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(attempt.at);
  const text =
    verdict.verdict === 'graded'
      ? t('test.verdict.regraded', { when, server: toPercent(verdict.score ?? 0), local: toPercent(attempt.score) })
      : t(`test.verdict.${verdict.verdict}`, { when });
  return (
    <p className="chapter-test-verdict" role="note">
      {text}
    </p>
  );
}
