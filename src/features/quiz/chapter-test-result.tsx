import '../../i18n/messages/quiz-register.ts';
import type { Ref } from 'react';
import { useT } from '../../i18n/use-t.ts';
import type { ChapterTestResult } from '../../quiz/chapter-test.ts';
import { FeedbackMark } from './feedback-mark.tsx';
import { toPercent } from './score-format.ts';

interface ChapterTestResultViewProps {
  result: ChapterTestResult;
  passed: boolean;
  passMark: number;
  onRetry: () => void;
  /** The heading takes focus after submitting. */
  headingRef: Ref<HTMLHeadingElement>;
}

/** The score of a submitted test and whether it passed. */
export function ChapterTestResultView({ result, passed, passMark, onRetry, headingRef }: ChapterTestResultViewProps) {
  const { t } = useT();
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
      <p>{t('test.reviewHint')}</p>
      <button type="button" onClick={onRetry}>
        {t('test.retry')}
      </button>
    </div>
  );
}
