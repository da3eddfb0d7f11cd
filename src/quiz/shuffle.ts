import type { QuizBlock } from '../content/types.ts';

/**
 * Option or item ids in the order one attempt shows them. The quiz id is mixed into the seed so
 * that quizzes of the same size in one attempt are not all permuted alike.
 */
export function displayOrder(quiz: QuizBlock, seed: number): string[] {
  switch (quiz.kind) {
    case 'single':
    case 'multiple': {
      const ids = quiz.options.map((option) => option.id);
      return quiz.shuffle ? pick(ids, shuffledIndices(ids.length, randomFor(quiz.id, seed))) : ids;
    }
    case 'order': {
      const ids = quiz.items.map((item) => item.id);
      return pick(ids, unsolved(shuffledIndices(ids.length, randomFor(quiz.id, seed))));
    }
    case 'truefalse':
    case 'numeric':
      return [];
  }
}

function pick(ids: string[], indices: number[]): string[] {
  return indices.map((index) => ids[index] ?? '');
}

export function shuffledIndices(length: number, random: () => number): number[] {
  const indices = Array.from({ length }, (_, index) => index);
  for (let i = length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [indices[i], indices[j]] = [indices[j] ?? j, indices[i] ?? i];
  }
  return indices;
}

/** Showing an order quiz already solved would give the answer away. */
function unsolved(indices: number[]): number[] {
  const solved = indices.every((value, position) => value === position);
  return solved && indices.length > 1 ? [...indices.slice(1), ...indices.slice(0, 1)] : indices;
}

/** A deterministic random source for one seed and one salt (a quiz id, a chapter id). */
export function randomFor(salt: string, seed: number): () => number {
  return mulberry32((seed ^ fnv1a(salt)) >>> 0);
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}

function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
