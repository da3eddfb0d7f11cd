import type { OptionFeedback } from '../../quiz/grade.ts';

export type MarkTone = Exclude<OptionFeedback, 'neutral'>;

const ICONS: Record<MarkTone, string> = { correct: '✓', incorrect: '✗', missed: '!' };

/** Grading feedback as an icon and words, so it never depends on colour alone. */
export function FeedbackMark({ tone, text }: { tone: MarkTone; text: string }) {
  return (
    <span className={`quiz-mark quiz-mark-${tone}`}>
      <span className="quiz-mark-icon" aria-hidden="true">
        {ICONS[tone]}
      </span>
      <span>{text}</span>
    </span>
  );
}
