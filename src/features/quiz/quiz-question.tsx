import { useId } from 'react';
import type { QuizBlock } from '../../content/types.ts';
import type { QuizGrade } from '../../quiz/grade.ts';
import type { QuizResponse } from '../../quiz/response.ts';
import { HastView } from '../../ui/hast-view.tsx';
import { QuizControl } from './quiz-control.tsx';

interface QuizQuestionProps {
  quiz: QuizBlock;
  seed: number;
  response: QuizResponse;
  onChange: (response: QuizResponse) => void;
  grade: QuizGrade | null;
  /** Whether the review shows the right answers (see `QuizControl`). */
  reveal?: boolean;
  /** Shown before the prompt, e.g. "Question 2 of 8". */
  number?: string;
  /** The content's language where it differs from the interface's. */
  contentLang?: string;
}

/** One question as a fieldset: the prompt is its legend, the answer control its body. */
export function QuizQuestion({ quiz, seed, response, onChange, grade, reveal, number, contentLang }: QuizQuestionProps) {
  const name = useId();
  return (
    <fieldset className="quiz-question">
      <legend className="quiz-prompt">
        {number ? <span className="quiz-number">{number}</span> : null}
        <div lang={contentLang}>
          <HastView tree={quiz.prompt} />
        </div>
      </legend>
      <QuizControl
        quiz={quiz}
        seed={seed}
        name={name}
        response={response}
        onChange={onChange}
        grade={grade}
        reveal={reveal}
        contentLang={contentLang}
      />
    </fieldset>
  );
}
