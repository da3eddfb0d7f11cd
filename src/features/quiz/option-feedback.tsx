import { quizMessages } from '../../i18n/messages/quiz.ts';
import { useT } from '../../i18n/use-t.ts';
import type { OptionFeedback } from '../../quiz/grade.ts';
import { FeedbackMark } from './feedback-mark.tsx';

/** The graded state of one choice: your right choice, your wrong choice, or a right answer you missed. */
export function OptionLabelFeedback({ tone }: { tone: OptionFeedback }) {
  const { t } = useT(quizMessages);
  switch (tone) {
    case 'correct':
      return <FeedbackMark tone="correct" text={t('quiz.feedback.correct')} />;
    case 'incorrect':
      return <FeedbackMark tone="incorrect" text={t('quiz.feedback.incorrect')} />;
    case 'missed':
      return <FeedbackMark tone="missed" text={t('quiz.feedback.missed')} />;
    case 'neutral':
      return null;
  }
}

/** Same marks as the grader gives choice options, for a true/false answer. */
export function choiceFeedback(right: boolean, chosen: boolean): OptionFeedback {
  if (chosen) return right ? 'correct' : 'incorrect';
  return right ? 'missed' : 'neutral';
}
