import type { QuizBlock } from '../content/types.ts';
import { gradeQuiz, type QuizGrade } from './grade.ts';
import type { QuizResponse } from './response.ts';

export interface ChapterTestResult {
  /** Mean of the quiz scores, in [0, 1]. */
  score: number;
  perQuiz: Record<string, QuizGrade>;
}

export interface ChapterCompletionInput {
  slideIds: string[];
  seenSlideIds: ReadonlySet<string> | string[];
  quizIds: string[];
  bestScore: number | null;
  passMark: number;
}

/** Absorbs float error in means such as four right answers out of five. */
const PASS_EPSILON = 1e-9;

/** Unanswered quizzes score 0; a chapter without quizzes scores 1, as there is nothing to fail. */
export function scoreChapterTest(
  quizzes: QuizBlock[],
  responses: Record<string, QuizResponse>,
): ChapterTestResult {
  const perQuiz: Record<string, QuizGrade> = {};
  let total = 0;
  for (const quiz of quizzes) {
    const grade = gradeQuiz(quiz, responses[quiz.id] ?? null);
    perQuiz[quiz.id] = grade;
    total += grade.score;
  }
  return { score: quizzes.length === 0 ? 1 : total / quizzes.length, perQuiz };
}

export function isPassed(score: number, passMark: number): boolean {
  return score + PASS_EPSILON >= passMark;
}

export function isChapterComplete(input: ChapterCompletionInput): boolean {
  const seen = new Set(input.seenSlideIds);
  if (!input.slideIds.every((id) => seen.has(id))) return false;
  if (input.quizIds.length === 0) return true;
  return input.bestScore !== null && isPassed(input.bestScore, input.passMark);
}
