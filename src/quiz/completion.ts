/**
 * The completion rule on its own, free of grading code: the progress store needs it on every
 * page, the grader only where tests are taken. The server applies the same rule to its record.
 */
export interface ChapterCompletionInput {
  slideIds: string[];
  seenSlideIds: ReadonlySet<string> | string[];
  /** Whether the chapter has a test (a bank of questions); without one, reading completes it. */
  hasTest: boolean;
  bestScore: number | null;
  passMark: number;
}

/** Absorbs float error in means such as four right answers out of five. */
export const PASS_EPSILON = 1e-9;

export function isPassed(score: number, passMark: number): boolean {
  return score + PASS_EPSILON >= passMark;
}

export function isChapterComplete(input: ChapterCompletionInput): boolean {
  const seen = new Set(input.seenSlideIds);
  if (!input.slideIds.every((id) => seen.has(id))) return false;
  if (!input.hasTest) return true;
  return input.bestScore !== null && isPassed(input.bestScore, input.passMark);
}

/**
 * The server's check that a chapter was read, not clicked through: from the first slide marked
 * seen to the last, at least this share of the slides' summed reading times must pass. (The
 * device marks a slide seen only after its reading time on screen; slides read side by side in
 * the reader overlap, hence a share rather than the whole sum.)
 */
export const READING_SPAN_SHARE = 0.5;

export function readingSpanMs(readingMs: readonly number[]): number {
  return Math.round(readingMs.reduce((sum, ms) => sum + ms, 0) * READING_SPAN_SHARE);
}
