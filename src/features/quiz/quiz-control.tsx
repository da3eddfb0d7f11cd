import type { QuizBlock } from '../../content/types.ts';
import type { OptionFeedback, QuizGrade } from '../../quiz/grade.ts';
import type { QuizResponse } from '../../quiz/response.ts';
import { ChoiceControl } from './choice-control.tsx';
import { NumericControl } from './numeric-control.tsx';
import { OrderControl } from './order-control.tsx';
import { TrueFalseControl } from './true-false-control.tsx';

export interface QuizControlProps {
  quiz: QuizBlock;
  seed: number;
  name: string;
  response: QuizResponse;
  onChange: (response: QuizResponse) => void;
  /** Set once the answer is submitted; locks the control and shows per-option feedback. */
  grade: QuizGrade | null;
  /**
   * Whether the review shows the right answers (default) or only marks the learner's own choices
   * right or wrong: a failed chapter test keeps its answer key until the test is passed.
   */
  reveal?: boolean;
  contentLang?: string;
}

/** The answer control for the quiz's type, reading and writing that type's response. */
export function QuizControl({ quiz, seed, name, response, onChange, grade, reveal = true, contentLang }: QuizControlProps) {
  const feedback = grade === null ? null : reveal ? (grade.options ?? {}) : concealMissed(grade.options ?? {});
  switch (quiz.kind) {
    case 'single': {
      const chosen = new Set(response.kind === 'single' && response.optionId !== null ? [response.optionId] : []);
      const onToggle = (optionId: string) => onChange({ kind: 'single', optionId });
      return <ChoiceControl {...{ quiz, seed, name, chosen, onToggle, feedback, contentLang }} />;
    }
    case 'multiple': {
      const chosen = new Set(response.kind === 'multiple' ? response.optionIds : []);
      const onToggle = (optionId: string) =>
        onChange({
          kind: 'multiple',
          optionIds: chosen.has(optionId) ? [...chosen].filter((id) => id !== optionId) : [...chosen, optionId],
        });
      return <ChoiceControl {...{ quiz, seed, name, chosen, onToggle, feedback, contentLang }} />;
    }
    case 'truefalse':
      return (
        <TrueFalseControl
          quiz={quiz}
          name={name}
          value={response.kind === 'truefalse' ? response.value : null}
          onChange={(value) => onChange({ kind: 'truefalse', value })}
          reviewing={grade !== null}
          reveal={reveal}
        />
      );
    case 'numeric':
      return (
        <NumericControl
          quiz={quiz}
          text={response.kind === 'numeric' ? response.text : ''}
          onChange={(text) => onChange({ kind: 'numeric', text })}
          correct={grade === null ? null : grade.correct}
          reveal={reveal}
        />
      );
    case 'order':
      return (
        <OrderControl
          quiz={quiz}
          itemIds={response.kind === 'order' ? response.itemIds : []}
          onChange={(itemIds) => onChange({ kind: 'order', itemIds })}
          feedback={feedback}
          reveal={reveal}
          contentLang={contentLang}
        />
      );
  }
}

/** Right options the learner did not choose look like any other unchosen option. */
function concealMissed(options: Record<string, OptionFeedback>): Record<string, OptionFeedback> {
  return Object.fromEntries(Object.entries(options).map(([id, tone]) => [id, tone === 'missed' ? 'neutral' : tone]));
}
