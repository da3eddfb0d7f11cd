import { useEffect, useId, useRef, type FormEvent } from 'react';
import type { Chapter } from '../../content/types.ts';
import { course, findChapter } from '../../course/course.ts';
import { quizMessages } from '../../i18n/messages/quiz.ts';
import { useT } from '../../i18n/use-t.ts';
import { useProgressStore } from '../../progress/progress-store.ts';
import { selectChapterProgress } from '../../progress/selectors.ts';
import { isPassed } from '../../quiz/completion.ts';
import { AttemptWait } from './attempt-wait.tsx';
import { ChapterTestProgress } from './chapter-test-progress.tsx';
import { ChapterTestQuestion } from './chapter-test-question.tsx';
import { ChapterTestRecord } from './chapter-test-record.tsx';
import { ChapterTestResultView } from './chapter-test-result.tsx';
import { scorePercent as toPercent } from '../../protocol/scores.ts';
import { useAttemptGate } from './use-attempt-gate.ts';
import { useChapterTest } from './use-chapter-test.ts';
import { useHashTarget } from './use-hash-target.ts';
import './quiz.css';

/** The element id the test can be linked to: `/learn/<chapter>#chapter-test`. */
export const CHAPTER_TEST_ID = 'chapter-test';

/**
 * The test at the end of a chapter: questions drawn from the chapter's own bank, scored together
 * against the course pass mark and recorded in the learner's progress; then a review (right
 * answers only once passed) and, within the attempt rules, a retake with a new draw.
 */
export function ChapterTest({ chapter }: { chapter: Chapter }) {
  return <ChapterTestSection key={chapter.id} chapter={chapter} />;
}

function ChapterTestSection({ chapter }: { chapter: Chapter }) {
  const { t, locale } = useT(quizMessages);
  const test = useChapterTest(chapter);
  const gate = useAttemptGate(chapter.id);
  const entry = findChapter(chapter.id);
  const passedBefore = useProgressStore((state) => {
    if (!entry) return false;
    const { bestScore } = selectChapterProgress(state, entry, chapter.locale, course.passMark);
    return bestScore !== null && isPassed(bestScore, course.passMark);
  });
  const hintId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const focusAfter = useRef<'result' | 'title' | null>(null);
  const { quizzes, result } = test;
  useHashTarget(CHAPTER_TEST_ID, titleRef);

  useEffect(() => {
    const target = focusAfter.current;
    focusAfter.current = null;
    (target === 'result' ? resultRef : target === 'title' ? titleRef : null)?.current?.focus();
  }, [result]);

  if (quizzes.length === 0) return null;
  const total = quizzes.length;
  const remaining = total - test.answeredCount;
  const passed = result !== null && isPassed(result.score, course.passMark);
  const reveal = passed || passedBefore;
  const contentLang = chapter.locale === locale ? undefined : chapter.locale;
  const verdict = t(passed ? 'test.passed' : 'test.failed', { passMark: Math.round(course.passMark * 100) });
  const objectives = new Map(chapter.objectives.map((objective) => [objective.id, objective.text]));
  const waiting = result === null && !gate.allowed;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (result || remaining > 0) return;
    focusAfter.current = 'result';
    if (!test.submit()) focusAfter.current = null;
  };
  const onRetry = () => {
    focusAfter.current = 'title';
    test.retry();
  };

  return (
    <section id={CHAPTER_TEST_ID} className="chapter-test" aria-labelledby={`${CHAPTER_TEST_ID}-title`}>
      <h2 id={`${CHAPTER_TEST_ID}-title`} ref={titleRef} tabIndex={-1}>
        {t('test.title')}
      </h2>
      <p>{t('test.intro', { count: total, passMark: Math.round(course.passMark * 100) })}</p>
      <ChapterTestRecord chapter={chapter} />
      {result ? (
        <ChapterTestResultView
          result={result}
          passed={passed}
          passMark={course.passMark}
          reveal={reveal}
          onRetry={onRetry}
          canRetry={gate.allowed}
          headingRef={resultRef}
        />
      ) : waiting ? null : (
        <ChapterTestProgress answered={test.answeredCount} total={total} />
      )}
      {gate.allowed ? null : <AttemptWait check={gate} />}
      {waiting ? null : (
        <form onSubmit={onSubmit} noValidate>
          <ol className="chapter-test-questions">
            {quizzes.map((quiz, index) => (
              <ChapterTestQuestion
                key={`${quiz.id}:${test.seed}`}
                quiz={quiz}
                index={index}
                total={total}
                seed={test.seed}
                response={test.responseFor(quiz)}
                onAnswer={test.answer}
                grade={result?.perQuiz[quiz.id] ?? null}
                reveal={reveal}
                objective={quiz.objective === null ? null : (objectives.get(quiz.objective) ?? null)}
                contentLang={contentLang}
              />
            ))}
          </ol>
          {result ? (
            <button type="button" onClick={onRetry} disabled={!gate.allowed}>
              {t('test.retry')}
            </button>
          ) : (
            <div className="quiz-actions">
              <button type="submit" className="quiz-primary" disabled={remaining > 0} aria-describedby={hintId}>
                {t('test.submit')}
              </button>
              <p id={hintId} className="quiz-hint">
                {remaining > 0 ? t('test.remaining', { count: remaining }) : null}
              </p>
            </div>
          )}
        </form>
      )}
      <p className="visually-hidden" role="status">
        {result ? t('test.announce', { percent: toPercent(result.score), verdict }) : null}
      </p>
    </section>
  );
}
