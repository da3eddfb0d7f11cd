import type { QuizBlock } from '../content/types.ts';
import { gradeQuiz, type QuizGrade } from './grade.ts';
import type { QuizResponse } from './response.ts';

export interface ChapterTestResult {
  /** Mean of the quiz scores, in [0, 1]. */
  score: number;
  perQuiz: Record<string, QuizGrade>;
}

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
