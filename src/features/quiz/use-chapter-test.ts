import { useMemo, useState } from 'react';
import type { Chapter, QuizBlock } from '../../content/types.ts';
import { useProgressStore } from '../../progress/progress-store.ts';
import { scoreChapterTest, type ChapterTestResult } from '../../quiz/chapter-test.ts';
import { emptyResponse, isResponseComplete, type QuizResponse } from '../../quiz/response.ts';
import { randomSeed, reshuffledSeed } from './attempt-seed.ts';
import { collectChapterQuizzes } from './collect-quizzes.ts';

interface TestAttempt {
  seed: number;
  responses: Record<string, QuizResponse>;
  result: ChapterTestResult | null;
}

export interface ChapterTestState {
  quizzes: QuizBlock[];
  seed: number;
  responseFor: (quiz: QuizBlock) => QuizResponse;
  answeredCount: number;
  result: ChapterTestResult | null;
  answer: (quizId: string, response: QuizResponse) => void;
  /** Scores the attempt and records it in the learner's progress. */
  submit: () => void;
  retry: () => void;
}

function freshAttempt(seed: number): TestAttempt {
  return { seed, responses: {}, result: null };
}

/** One attempt at the chapter test: every quiz of the chapter, one seed, one recorded score. */
export function useChapterTest(chapter: Chapter): ChapterTestState {
  const quizzes = useMemo(() => collectChapterQuizzes(chapter), [chapter]);
  const submitQuiz = useProgressStore((state) => state.submitQuiz);
  const [attempt, setAttempt] = useState(() => freshAttempt(randomSeed()));
  const responseFor = (quiz: QuizBlock) => attempt.responses[quiz.id] ?? emptyResponse(quiz, attempt.seed);
  const answeredCount = quizzes.filter((quiz) => isResponseComplete(quiz, responseFor(quiz))).length;

  return {
    quizzes,
    seed: attempt.seed,
    responseFor,
    answeredCount,
    result: attempt.result,
    answer: (quizId, response) =>
      setAttempt((current) =>
        current.result ? current : { ...current, responses: { ...current.responses, [quizId]: response } },
      ),
    submit: () => {
      if (attempt.result || answeredCount < quizzes.length) return;
      const answers = Object.fromEntries(quizzes.map((quiz) => [quiz.id, responseFor(quiz)]));
      const result = scoreChapterTest(quizzes, answers);
      submitQuiz(chapter.id, { score: result.score, answers, quizIds: quizzes.map((quiz) => quiz.id) });
      setAttempt({ ...attempt, responses: answers, result });
    },
    retry: () => setAttempt(freshAttempt(reshuffledSeed(quizzes, attempt.seed))),
  };
}
