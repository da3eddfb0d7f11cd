import { useId, useState } from 'react';
import type { NumericQuiz } from '../../content/types.ts';
import { quizMessages } from '../../i18n/messages/quiz.ts';
import { useT } from '../../i18n/use-t.ts';
import { parseNumericAnswer } from '../../quiz/numeric-input.ts';
import { FeedbackMark } from './feedback-mark.tsx';
import { cannotBecomeNumber } from './numeric-typing.ts';

interface NumericControlProps {
  quiz: NumericQuiz;
  text: string;
  onChange: (text: string) => void;
  /** After submit: the answer is read-only and the right one is shown. */
  correct: boolean | null;
  /** With `false`, the review says whether the answer is right but not what the right one is. */
  reveal?: boolean;
}

/**
 * A text field (not `type=number`, which rejects full-width digits and a typed unit) with the
 * decimal keypad on phones. A text that is not a number is flagged as soon as it cannot become one
 * (a letter typed), else once the learner leaves the field (`12.` may still be on its way).
 */
export function NumericControl({ quiz, text, onChange, correct, reveal = true }: NumericControlProps) {
  const { t, locale } = useT(quizMessages);
  const inputId = useId();
  const unitId = useId();
  const errorId = useId();
  const [checked, setChecked] = useState(false);
  const parsed = parseNumericAnswer(text, quiz.unit);
  const invalid = !parsed.ok && parsed.reason === 'not_a_number' && (checked || cannotBecomeNumber(text, quiz.unit));
  const describedBy = [quiz.unit ? unitId : null, invalid ? errorId : null].filter(Boolean).join(' ');
  const reviewing = correct !== null;
  const format = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 10 }).format(n);
  const answer = `${format(quiz.answer)}${quiz.unit ? ` ${quiz.unit}` : ''}`;
  return (
    <div className="quiz-numeric">
      <label htmlFor={inputId} className="quiz-numeric-label">
        {t('quiz.numeric.label')}
      </label>
      <div className="quiz-numeric-row">
        <input
          id={inputId}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={text}
          readOnly={reviewing}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy || undefined}
          onChange={(event) => onChange(event.target.value)}
          onBlur={() => setChecked(true)}
        />
        {quiz.unit ? (
          <span id={unitId} className="quiz-numeric-unit">
            {quiz.unit}
          </span>
        ) : null}
        {reviewing ? (
          <FeedbackMark
            tone={correct ? 'correct' : 'incorrect'}
            text={t(correct ? 'quiz.feedback.numericCorrect' : 'quiz.feedback.numericIncorrect')}
          />
        ) : null}
      </div>
      <p id={errorId} className="quiz-error" aria-live="polite">
        {invalid ? t('quiz.numeric.invalid') : null}
      </p>
      {reviewing && reveal ? (
        <p className="quiz-numeric-answer">
          {quiz.tolerance > 0
            ? t('quiz.numeric.answerWithin', { answer, tolerance: format(quiz.tolerance) })
            : t('quiz.numeric.answer', { answer })}
        </p>
      ) : null}
    </div>
  );
}
