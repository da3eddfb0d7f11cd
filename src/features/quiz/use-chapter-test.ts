import { useMemo, useState } from 'react';
import type { Chapter, QuizBlock } from '../../content/types.ts';
import { findChapter } from '../../course/course.ts';
import { useProgressStore } from '../../progress/progress-store.ts';
import { scoreChapterTest, type ChapterTestResult } from '../../quiz/chapter-test.ts';
import { emptyResponse, isResponseComplete, type QuizResponse } from '../../quiz/response.ts';
import { drawTest } from '../../quiz/test-draw.ts';
import { randomSeed } from './attempt-seed.ts';
import { attemptAllowedNow } from './use-attempt-gate.ts';

interface TestAttempt {
  seed: number;
  responses: Record<string, QuizResponse>;
  result: ChapterTestResult | null;
  /** When the first answer was given (how long the attempt took goes to an LMS). */
  startedAt?: number;
}

export interface ChapterTestState {
  /** The questions this attempt drew from the chapter's bank. */
  quizzes: QuizBlock[];
  seed: number;
  responseFor: (quiz: QuizBlock) => QuizResponse;
  answeredCount: number;
  result: ChapterTestResult | null;
  answer: (quizId: string, response: QuizResponse) => void;
  /** Scores the attempt and records it in the learner's progress; false if the attempt rules forbid it now. */
  submit: () => boolean;
  /** A fresh attempt: a new seed, so a new draw of questions. */
  retry: () => void;
}

function freshAttempt(seed: number): TestAttempt {
  return { seed, responses: {}, result: null };
}

/** One attempt at the chapter test: questions drawn from its bank by one seed, one recorded score. */
export function useChapterTest(chapter: Chapter): ChapterTestState {
  const size = findChapter(chapter.id)?.testSize ?? 0;
  const submitQuiz = useProgressStore((state) => state.submitQuiz);
  const [attempt, setAttempt] = useState(() => freshAttempt(randomSeed()));
  const quizzes = useMemo(() => {
    const drawn = new Set(drawTest(chapter.test, attempt.seed, size));
    return chapter.test.filter((quiz) => drawn.has(quiz.id));
  }, [chapter, attempt.seed, size]);
  const responseFor = (quiz: QuizBlock) => attempt.responses[quiz.id] ?? emptyResponse(quiz, attempt.seed);
  // Answered means the learner gave the answer: an ordering question starts out complete (shown in
  // an unsolved order) but counts only once its items have been moved.
  const answeredCount = quizzes.filter((quiz) => {
    const given = attempt.responses[quiz.id];
    return given !== undefined && isResponseComplete(quiz, given);
  }).length;

  return {
    quizzes,
    seed: attempt.seed,
    responseFor,
    answeredCount,
    result: attempt.result,
    answer: (quizId, response) =>
      setAttempt((current) =>
        current.result ? current : { ...current, startedAt: current.startedAt ?? Date.now(), responses: { ...current.responses, [quizId]: response } },
      ),
    submit: () => {
      if (attempt.result || answeredCount < quizzes.length) return false;
      if (!attemptAllowedNow(chapter.id)) return false;
      const answers = Object.fromEntries(quizzes.map((quiz) => [quiz.id, responseFor(quiz)]));
      const result = scoreChapterTest(quizzes, answers);
      submitQuiz(chapter.id, {
        score: result.score,
        answers,
        quizIds: quizzes.map((quiz) => quiz.id),
        seed: attempt.seed,
        ...(attempt.startedAt === undefined ? {} : { startedAt: attempt.startedAt }),
      });
      setAttempt({ ...attempt, responses: answers, result });
      return true;
    },
    retry: () => setAttempt(freshAttempt(randomSeed())),
  };
}
