import { slideBlocks, type Block, type QuizBlock, type Slide } from '../../content/types.ts';
import type { PollKind, PollSpec } from './live-types.ts';

export type PollableQuiz = Exclude<QuizBlock, { kind: 'order' }>;

const POLLABLE: readonly string[] = ['single', 'multiple', 'truefalse', 'numeric'] satisfies PollKind[];

export function isPollable(quiz: QuizBlock): quiz is PollableQuiz {
  return POLLABLE.includes(quiz.kind);
}

function collect(blocks: readonly Block[], into: QuizBlock[]): QuizBlock[] {
  for (const block of blocks) {
    if (block.type === 'quiz') into.push(block);
    else if (block.type === 'callout') collect(block.blocks, into);
  }
  return into;
}

/** The quizzes of a slide, in reading order (callouts included). */
export function slideQuizzes(slide: Slide): QuizBlock[] {
  return collect(slideBlocks(slide), []);
}

/** What the server needs to run the quiz as a poll: its options and, for the reveal, the answer. */
export function pollSpecFor(slideId: string, quiz: PollableQuiz): PollSpec {
  const where = { slideId, quizId: quiz.id };
  switch (quiz.kind) {
    case 'single':
    case 'multiple':
      return { ...where, kind: quiz.kind, options: quiz.options.map((o) => o.id), correct: quiz.options.filter((o) => o.correct).map((o) => o.id) };
    case 'truefalse':
      return { ...where, kind: 'truefalse', answer: quiz.answer };
    case 'numeric':
      return { ...where, kind: 'numeric', answer: quiz.answer, tolerance: Math.max(0, quiz.tolerance) };
  }
}

/** The quiz a poll is about, found in the chapter's slides. */
export function findQuiz(slides: readonly Slide[], slideId: string, quizId: string): QuizBlock | undefined {
  const slide = slides.find((s) => s.id === slideId);
  return slide ? slideQuizzes(slide).find((q) => q.id === quizId) : undefined;
}

/** `A`, `B`, `C` … for option positions. */
export function optionLetter(index: number): string {
  return String.fromCharCode(65 + (index % 26));
}
