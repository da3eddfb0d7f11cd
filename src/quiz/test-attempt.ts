import type { QuizBlock } from '../content/types.ts';
import { scoreChapterTest, type ChapterTestResult } from './chapter-test.ts';
import type { QuizResponse } from './response.ts';
import { drawTest } from './test-draw.ts';

export type TestGrade =
  | ({ ok: true; questionIds: string[] } & ChapterTestResult)
  /** The answers are not for the questions this seed draws: no score is given. */
  | { ok: false };

/**
 * Grades one attempt at a chapter test from its seed and answers: the seed decides which
 * questions were asked, the answers must be for exactly those, and each is graded by the quiz
 * grader. Never throws, whatever the answers hold.
 */
export function gradeTestAttempt(
  bank: readonly QuizBlock[],
  size: number,
  seed: number,
  answers: Readonly<Record<string, unknown>>,
): TestGrade {
  const questionIds = drawTest(bank, seed, size);
  const answered = Object.keys(answers);
  if (questionIds.length === 0 || answered.length !== questionIds.length || !questionIds.every((id) => Object.hasOwn(answers, id))) {
    return { ok: false };
  }
  const asked = bank.filter((quiz) => questionIds.includes(quiz.id));
  return { ok: true, questionIds, ...scoreChapterTest(asked, answers as Record<string, QuizResponse>) };
}

/** A seed is a whole number in [0, 2^32): what `randomSeed` makes and the draw accepts. */
export function isSeed(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 0x1_0000_0000;
}
