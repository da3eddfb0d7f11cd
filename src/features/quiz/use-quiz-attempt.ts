import type { QuizBlock } from '../../content/types.ts';
import { gradeQuiz, type QuizGrade } from '../../quiz/grade.ts';
import { isResponseComplete, type QuizResponse } from '../../quiz/response.ts';
import { usePresentedState } from '../../ui/presentation-sync.tsx';
import { firstSeed, reshuffledSeed } from './attempt-seed.ts';
import { freshAttempt, isPracticeAttemptFor, type PracticeAttempt } from './practice-attempt.ts';

export interface QuizAttemptState {
  seed: number;
  response: QuizResponse;
  /** Whether the response can be submitted. */
  complete: boolean;
  /** Set once submitted. */
  grade: QuizGrade | null;
  answer: (response: QuizResponse) => void;
  submit: () => void;
  /** A fresh, reshuffled attempt. */
  retry: () => void;
}

/**
 * One practice attempt at a single quiz, kept in component state only; in a presentation every
 * window shows the same attempt (order, answer and feedback).
 */
export function useQuizAttempt(quiz: QuizBlock): QuizAttemptState {
  const [attempt, setAttempt] = usePresentedState(
    quiz.id,
    () => freshAttempt(quiz, firstSeed(quiz.id)),
    (state): state is PracticeAttempt => isPracticeAttemptFor(quiz, state),
  );
  const complete = isResponseComplete(quiz, attempt.response);
  return {
    seed: attempt.seed,
    response: attempt.response,
    complete,
    grade: attempt.submitted ? gradeQuiz(quiz, attempt.response) : null,
    answer: (response) => {
      if (!attempt.submitted) setAttempt({ ...attempt, response });
    },
    submit: () => {
      if (complete && !attempt.submitted) setAttempt({ ...attempt, submitted: true });
    },
    retry: () => setAttempt(freshAttempt(quiz, reshuffledSeed([quiz], attempt.seed))),
  };
}
