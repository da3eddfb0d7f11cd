import type { Ref } from 'react';
import { quizMessages } from '../../i18n/messages/quiz.ts';
import { useT } from '../../i18n/use-t.ts';
import type { ChapterTestResult } from '../../quiz/chapter-test.ts';
import { FeedbackMark } from './feedback-mark.tsx';
import { scorePercent as toPercent } from '../../protocol/scores.ts';

interface ChapterTestResultViewProps {
  result: ChapterTestResult;
  passed: boolean;
  passMark: number;
  /** Whether the review below shows the right answers (only once the test is passed). */
  reveal: boolean;
  onRetry: () => void;
  /** False while the attempt rules make the learner wait. */
  canRetry: boolean;
  /** The heading takes focus after submitting. */
  headingRef: Ref<HTMLHeadingElement>;
}

/** The score of a submitted test and whether it passed. */
export function ChapterTestResultView({ result, passed, passMark, reveal, onRetry, canRetry, headingRef }: ChapterTestResultViewProps) {
  const { t } = useT(quizMessages);
  const grades = Object.values(result.perQuiz);
  const correct = grades.filter((grade) => grade.correct).length;
  const percent = toPercent(result.score);
  return (
    <div className={`chapter-test-result ${passed ? 'is-passed' : 'is-failed'}`}>
      <h3 ref={headingRef} tabIndex={-1}>
        {t('test.resultTitle')}
      </h3>
      <p className="chapter-test-score">{t('test.score', { percent, correct, total: grades.length })}</p>
      <p>
        <FeedbackMark
          tone={passed ? 'correct' : 'incorrect'}
          text={t(passed ? 'test.passed' : 'test.failed', { passMark: Math.round(passMark * 100) })}
        />
      </p>
      <p>{t(reveal ? 'test.reviewHint' : 'test.reviewHintHidden')}</p>
      <button type="button" onClick={onRetry} disabled={!canRetry}>
        {t('test.retry')}
      </button>
    </div>
  );
}
