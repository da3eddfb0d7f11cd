import type { TrueFalseQuiz } from '../../content/types.ts';
import { quizMessages } from '../../i18n/messages/quiz.ts';
import { useT } from '../../i18n/use-t.ts';
import { choiceFeedback, OptionLabelFeedback } from './option-feedback.tsx';

interface TrueFalseControlProps {
  quiz: TrueFalseQuiz;
  name: string;
  value: boolean | null;
  onChange: (value: boolean) => void;
  /** After submit: lock the answer and mark both values. */
  reviewing: boolean;
  /** With `false`, only the learner's own choice is marked. */
  reveal?: boolean;
}

const VALUES = [true, false] as const;

export function TrueFalseControl({ quiz, name, value, onChange, reviewing, reveal = true }: TrueFalseControlProps) {
  const { t } = useT(quizMessages);
  return (
    <div className="quiz-options quiz-options-inline">
      {VALUES.map((option) => {
        const marked = reviewing && (reveal || option === value);
        const tone = marked ? choiceFeedback(option === quiz.answer, option === value) : 'neutral';
        return (
          <label key={String(option)} className={`quiz-option quiz-option-${tone}`}>
            <input
              type="radio"
              name={name}
              value={String(option)}
              checked={value === option}
              disabled={reviewing}
              onChange={() => onChange(option)}
            />
            <span className="quiz-option-text">{t(option ? 'quiz.true' : 'quiz.false')}</span>
            {tone === 'neutral' ? null : ' '}
            <OptionLabelFeedback tone={tone} />
          </label>
        );
      })}
    </div>
  );
}
