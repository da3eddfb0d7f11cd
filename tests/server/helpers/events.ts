import { randomUUID } from 'node:crypto';
import type { Chapter, QuizBlock } from '../../../src/content/types.ts';
import type { QuizResponse } from '../../../src/quiz/response.ts';
import { drawTest } from '../../../src/quiz/test-draw.ts';
import { compiledCourse } from './course.ts';

export interface ClientEvent {
  id: string;
  type: 'slide_seen' | 'quiz_submitted' | 'chapter_completed';
  at: number;
  chapterId: string;
  slideId?: string;
  attemptId?: string;
  score?: number;
  answers?: Record<string, unknown>;
  seed?: number;
  acked?: boolean;
}

/** Events as the client's outbox holds them (with the client-only `acked` flag). */
export const slideSeen = (chapterId: string, slideId: string, at: number): ClientEvent => ({
  id: randomUUID(),
  type: 'slide_seen',
  at,
  chapterId,
  slideId,
  acked: false,
});

export const quizSubmitted = (chapterId: string, score: number, at: number, answers: Record<string, unknown> = {}): ClientEvent => ({
  id: randomUUID(),
  type: 'quiz_submitted',
  at,
  chapterId,
  attemptId: randomUUID(),
  score,
  answers,
  acked: false,
});

export const chapterCompleted = (chapterId: string, at: number): ClientEvent => ({
  id: randomUUID(),
  type: 'chapter_completed',
  at,
  chapterId,
  acked: false,
});

/** A response that the grader scores 1 (`right`) or 0 for a bank question. */
export function responseFor(quiz: QuizBlock, right: boolean): QuizResponse {
  switch (quiz.kind) {
    case 'single': {
      const option = quiz.options.find((o) => o.correct === right)!;
      return { kind: 'single', optionId: option.id };
    }
    case 'multiple':
      return { kind: 'multiple', optionIds: quiz.options.filter((o) => (right ? o.correct : !o.correct)).slice(0, right ? undefined : 1).map((o) => o.id) };
    case 'truefalse':
      return { kind: 'truefalse', value: right ? quiz.answer : !quiz.answer };
    case 'numeric':
      return { kind: 'numeric', text: String(right ? quiz.answer : quiz.answer + 1000) };
    case 'order': {
      const ids = quiz.items.map((item) => item.id);
      return { kind: 'order', itemIds: right ? ids : [...ids].reverse() };
    }
  }
}

function chapterOf(chapterId: string): Chapter {
  return compiledCourse().chapters.get(`zh-CN/${chapterId}`)!;
}

/**
 * A genuine attempt at a chapter test: the questions `seed` draws, `right` of them answered
 * correctly. `claimed` is the score the device reports (by default the true one).
 */
export function testAttempt(chapterId: string, at: number, options: { seed?: number; right?: number; claimed?: number } = {}): ClientEvent & { seed: number } {
  const chapter = chapterOf(chapterId);
  const seed = options.seed ?? 7;
  const size = compiledCourse().manifest.test.questions;
  const drawn = drawTest(chapter.test, seed, size);
  const right = options.right ?? drawn.length;
  const answers = Object.fromEntries(drawn.map((id, index) => [id, responseFor(chapter.test.find((q) => q.id === id)!, index < right)]));
  return {
    id: randomUUID(),
    type: 'quiz_submitted',
    at,
    chapterId,
    attemptId: randomUUID(),
    score: options.claimed ?? right / drawn.length,
    answers,
    seed,
    acked: false,
  };
}

/** Every slide of a chapter seen, each after its reading time: the record of a real reading. */
export function readChapter(chapterId: string, start: number): { events: ClientEvent[]; end: number } {
  let at = start;
  const events = chapterOf(chapterId).slides.map((slide) => {
    at += slide.readingMs;
    return slideSeen(chapterId, slide.id, at);
  });
  return { events, end: at };
}

/** A chapter read and its test passed: what the server completes a chapter on. */
export function completeChapter(chapterId: string, start: number): { events: ClientEvent[]; end: number } {
  const reading = readChapter(chapterId, start);
  const end = reading.end + 60_000;
  return { events: [...reading.events, testAttempt(chapterId, end)], end };
}
