import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QuizBlock } from '../../../src/content/types.ts';
import { displayOrder } from '../../../src/quiz/shuffle.ts';
import {
  letterIds,
  multipleQuiz,
  numericQuiz,
  orderQuiz,
  quizArbitrary,
  singleQuiz,
  trueFalseQuiz,
} from '../../fixtures/quiz.ts';

function idsOf(quiz: QuizBlock): string[] {
  if (quiz.kind === 'single' || quiz.kind === 'multiple') return quiz.options.map((option) => option.id);
  if (quiz.kind === 'order') return quiz.items.map((item) => item.id);
  return [];
}

const seedArbitrary = fc.oneof(fc.integer(), fc.nat(), fc.double());

describe('displayOrder', () => {
  it('returns a permutation of the option or item ids', () => {
    fc.assert(
      fc.property(quizArbitrary, seedArbitrary, (quiz, seed) => {
        expect([...displayOrder(quiz, seed)].sort()).toEqual([...idsOf(quiz)].sort());
      }),
    );
  });

  it('gives the same order for the same seed', () => {
    fc.assert(
      fc.property(quizArbitrary, seedArbitrary, (quiz, seed) => {
        expect(displayOrder(quiz, seed)).toEqual(displayOrder(quiz, seed));
      }),
    );
  });

  it('keeps authored order when shuffling is off', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8 }), fc.integer(), (count, seed) => {
        expect(displayOrder(singleQuiz('a', count, { shuffle: false }), seed)).toEqual(letterIds(count));
        expect(displayOrder(multipleQuiz(['a'], count, { shuffle: false }), seed)).toEqual(letterIds(count));
      }),
    );
  });

  it('varies the order between seeds when shuffling is on', () => {
    const quiz = singleQuiz('a', 4);
    const orders = new Set(Array.from({ length: 200 }, (_, seed) => displayOrder(quiz, seed).join('')));
    expect(orders.size).toBe(24);
  });

  it('puts every option first for some seed', () => {
    const quiz = multipleQuiz(['a', 'b'], 5);
    const firsts = new Set(Array.from({ length: 100 }, (_, seed) => displayOrder(quiz, seed)[0]));
    expect([...firsts].sort()).toEqual(letterIds(5));
  });

  it('permutes quizzes of the same size differently for one seed', () => {
    const orders = new Set(
      Array.from({ length: 10 }, (_, index) => displayOrder(singleQuiz('a', 6, { id: `q-${index}` }), 7).join('')),
    );
    expect(orders.size).toBeGreaterThan(1);
  });

  it('shuffles an order quiz even when shuffling is off, never showing it solved', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 7 }), fc.boolean(), seedArbitrary, (count, shuffle, seed) => {
        expect(displayOrder(orderQuiz(count, { shuffle }), seed)).not.toEqual(letterIds(count));
      }),
    );
  });

  it('shows both orders of a two-item order quiz only as the unsolved one', () => {
    const orders = new Set(Array.from({ length: 50 }, (_, seed) => displayOrder(orderQuiz(2), seed).join('')));
    expect([...orders]).toEqual(['ba']);
  });

  it('shows a one-item order quiz as it is', () => {
    expect(displayOrder(orderQuiz(1), 3)).toEqual(['a']);
    expect(displayOrder(orderQuiz(0), 3)).toEqual([]);
  });

  it('has nothing to order for true/false and numeric quizzes', () => {
    expect(displayOrder(trueFalseQuiz(true), 1)).toEqual([]);
    expect(displayOrder(numericQuiz(25), 1)).toEqual([]);
  });
});
