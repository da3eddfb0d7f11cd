import { useMemo } from 'react';
import type { MultipleQuiz, SingleQuiz } from '../../content/types.ts';
import { quizMessages } from '../../i18n/messages/quiz.ts';
import { useT } from '../../i18n/use-t.ts';
import type { OptionFeedback } from '../../quiz/grade.ts';
import { displayOrder } from '../../quiz/shuffle.ts';
import { HastView } from '../../ui/hast-view.tsx';
import { OptionLabelFeedback } from './option-feedback.tsx';

interface ChoiceControlProps {
  quiz: SingleQuiz | MultipleQuiz;
  seed: number;
  /** Shared by the radios or checkboxes of this one rendering of the quiz. */
  name: string;
  chosen: ReadonlySet<string>;
  onToggle: (optionId: string) => void;
  feedback: Record<string, OptionFeedback> | null;
  contentLang?: string;
}

/** Native radios (single choice) or checkboxes (multiple choice), in this attempt's order. */
export function ChoiceControl({ quiz, seed, name, chosen, onToggle, feedback, contentLang }: ChoiceControlProps) {
  const { t } = useT(quizMessages);
  const order = useMemo(() => displayOrder(quiz, seed), [quiz, seed]);
  const options = new Map(quiz.options.map((option) => [option.id, option]));
  const type = quiz.kind === 'single' ? 'radio' : 'checkbox';
  return (
    <>
      {quiz.kind === 'multiple' ? <p className="quiz-hint">{t('quiz.multipleHint')}</p> : null}
      <div className="quiz-options">
        {order.map((id) => {
          const option = options.get(id);
          if (!option) return null;
          const tone = feedback?.[id] ?? 'neutral';
          return (
            <label key={id} className={`quiz-option quiz-option-${tone}`}>
              <input
                type={type}
                name={name}
                value={id}
                checked={chosen.has(id)}
                disabled={feedback !== null}
                onChange={() => onToggle(id)}
              />
              <span className="quiz-option-text" lang={contentLang}>
                <HastView tree={option.content} />
              </span>
              {tone === 'neutral' ? null : ' '}
              <OptionLabelFeedback tone={tone} />
            </label>
          );
        })}
      </div>
    </>
  );
}
