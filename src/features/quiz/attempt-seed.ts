import type { QuizBlock } from '../../content/types.ts';
import { displayOrder } from '../../quiz/shuffle.ts';

const SEED_RANGE = 0x1_0000_0000;
/** Enough draws that a quiz with any room to shuffle practically always gets a new order. */
const MAX_DRAWS = 20;

/** A seed for one attempt: it fixes the order the options and items are shown in. */
export function randomSeed(): number {
  return Math.floor(Math.random() * SEED_RANGE);
}

/**
 * The seed of the first attempt at a practice quiz: fixed by its id (FNV-1a), so a page rendered
 * ahead of time shows the options in the order the app will when it takes the page over. Every
 * later attempt is reshuffled at random.
 */
export function firstSeed(quizId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < quizId.length; i++) hash = Math.imul(hash ^ quizId.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * A seed for the next attempt that shows the quizzes in a different order than `previous` did,
 * where their options can be shuffled at all (`shuffle=false` quizzes keep their authored order).
 */
export function reshuffledSeed(quizzes: readonly QuizBlock[], previous: number): number {
  const before = orderKey(quizzes, previous);
  let seed = randomSeed();
  for (let draw = 1; draw < MAX_DRAWS && orderKey(quizzes, seed) === before; draw++) seed = randomSeed();
  return seed;
}

function orderKey(quizzes: readonly QuizBlock[], seed: number): string {
  return quizzes.map((quiz) => displayOrder(quiz, seed).join(',')).join('|');
}
