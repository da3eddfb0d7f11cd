import type { QuizBlock } from '../../content/types.ts';
import { quizMessages } from '../../i18n/messages/quiz.ts';
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
  /**
   * Whether the review shows right answers and explanations; until the learner has passed, a
   * wrong answer shows only that it is wrong and which objective to revisit.
   */
  reveal: boolean;
  /** The text of the objective the question tests. */
  objective: string | null;
  contentLang?: string;
}

export function ChapterTestQuestion(props: ChapterTestQuestionProps) {
  const { quiz, index, total, seed, response, onAnswer, grade, reveal, objective, contentLang } = props;
  const { t } = useT(quizMessages);
  return (
    <li className="chapter-test-question">
      <QuizQuestion
        quiz={quiz}
        seed={seed}
        response={response}
        onChange={(next) => onAnswer(quiz.id, next)}
        grade={grade}
        reveal={reveal}
        number={t('test.questionOf', { n: index + 1, total })}
        contentLang={contentLang}
      />
      {grade ? (
        <div className="quiz-outcome">
          <QuizVerdict grade={grade} />
          {reveal ? <QuizExplanation explain={quiz.explain} contentLang={contentLang} /> : null}
          {!reveal && !grade.correct && objective !== null ? (
            <p className="quiz-review-objective">
              {t('test.reviewObjective')} <span lang={contentLang}>{objective}</span>
            </p>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
