import { useState } from 'react';
import type { QuizBlock } from '../../content/types.ts';
import { gradeQuiz, type QuizGrade } from '../../quiz/grade.ts';
import { emptyResponse, isResponseComplete, type QuizResponse } from '../../quiz/response.ts';
import { randomSeed, reshuffledSeed } from './attempt-seed.ts';

interface Attempt {
  seed: number;
  response: QuizResponse;
  submitted: boolean;
}

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

function freshAttempt(quiz: QuizBlock, seed: number): Attempt {
  return { seed, response: emptyResponse(quiz, seed), submitted: false };
}

/** One practice attempt at a single quiz, kept in component state only. */
export function useQuizAttempt(quiz: QuizBlock): QuizAttemptState {
  const [attempt, setAttempt] = useState(() => freshAttempt(quiz, randomSeed()));
  const complete = isResponseComplete(quiz, attempt.response);
  return {
    seed: attempt.seed,
    response: attempt.response,
    complete,
    grade: attempt.submitted ? gradeQuiz(quiz, attempt.response) : null,
    answer: (response) => setAttempt((current) => (current.submitted ? current : { ...current, response })),
    submit: () => {
      if (complete) setAttempt((current) => ({ ...current, submitted: true }));
    },
    retry: () => setAttempt(freshAttempt(quiz, reshuffledSeed([quiz], attempt.seed))),
  };
}
