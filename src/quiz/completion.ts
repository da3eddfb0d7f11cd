/**
 * The completion rule on its own, free of grading code: the progress store needs it on every
 * page, the grader only where quizzes are taken.
 */
export interface ChapterCompletionInput {
  slideIds: string[];
  seenSlideIds: ReadonlySet<string> | string[];
  quizIds: string[];
  bestScore: number | null;
  passMark: number;
}

/** Absorbs float error in means such as four right answers out of five. */
const PASS_EPSILON = 1e-9;

export function isPassed(score: number, passMark: number): boolean {
  return score + PASS_EPSILON >= passMark;
}

export function isChapterComplete(input: ChapterCompletionInput): boolean {
  const seen = new Set(input.seenSlideIds);
  if (!input.slideIds.every((id) => seen.has(id))) return false;
  if (input.quizIds.length === 0) return true;
  return input.bestScore !== null && isPassed(input.bestScore, input.passMark);
}
