import '../../i18n/messages/quiz-register.ts';
import type { QuizBlock } from '../../content/types.ts';
import { useT } from '../../i18n/use-t.ts';
import type { QuizGrade } from '../../quiz/grade.ts';
import type { QuizResponse } from '../../quiz/response.ts';
import { QuizExplanation, QuizVerdict } from './quiz-outcome.tsx';
import { QuizQuestion } from './quiz-question.tsx';

interface ChapterTestQuestionProps {
  quiz: QuizBlock;
  index: number;
  total: number;
  seed: number;
  response: QuizResponse;
  onAnswer: (quizId: string, response: QuizResponse) => void;
  /** After submitting, the question turns into its review: feedback, verdict and explanation. */
  grade: QuizGrade | null;
  contentLang?: string;
}

export function ChapterTestQuestion({ quiz, index, total, seed, response, onAnswer, grade, contentLang }: ChapterTestQuestionProps) {
  const { t } = useT();
  return (
    <li className="chapter-test-question">
      <QuizQuestion
        quiz={quiz}
        seed={seed}
        response={response}
        onChange={(next) => onAnswer(quiz.id, next)}
        grade={grade}
        number={t('test.questionOf', { n: index + 1, total })}
        contentLang={contentLang}
      />
      {grade ? (
        <div className="quiz-outcome">
          <QuizVerdict grade={grade} />
          <QuizExplanation explain={quiz.explain} contentLang={contentLang} />
        </div>
      ) : null}
    </li>
  );
}
