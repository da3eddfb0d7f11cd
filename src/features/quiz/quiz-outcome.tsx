import type { HastRoot } from '../../content/types.ts';
import { quizMessages } from '../../i18n/messages/quiz.ts';
import { useT } from '../../i18n/use-t.ts';
import type { QuizGrade } from '../../quiz/grade.ts';
import { HastView } from '../../ui/hast-view.tsx';
import { FeedbackMark } from './feedback-mark.tsx';
import { scorePercent as toPercent } from '../../protocol/scores.ts';

/** The verdict on one answer, with the score, in words and an icon. */
export function QuizVerdict({ grade }: { grade: QuizGrade }) {
  const { t } = useT(quizMessages);
  const percent = toPercent(grade.score);
  if (grade.correct) return <FeedbackMark tone="correct" text={t('quiz.result.correct', { percent })} />;
  if (grade.score > 0) return <FeedbackMark tone="missed" text={t('quiz.result.partial', { percent })} />;
  return <FeedbackMark tone="incorrect" text={t('quiz.result.incorrect', { percent })} />;
}

/** The author's explanation, shown once the answer is submitted. */
export function QuizExplanation({ explain, contentLang }: { explain: HastRoot | null; contentLang?: string }) {
  const { t } = useT(quizMessages);
  if (explain === null) return null;
  return (
    <div className="quiz-explain">
      <p className="quiz-explain-title">{t('quiz.explain')}</p>
      <div lang={contentLang}>
        <HastView tree={explain} />
      </div>
    </div>
  );
}
