import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QuizBlock } from '../../../src/content/types.ts';
import { gradeQuiz } from '../../../src/quiz/grade.ts';
import type { QuizResponse } from '../../../src/quiz/response.ts';
import { displayOrder } from '../../../src/quiz/shuffle.ts';
import {
  multipleQuiz,
  numericQuiz,
  orderQuiz,
  quizArbitrary,
  singleQuiz,
  trueFalseQuiz,
  untrustedResponseArbitrary,
} from '../../fixtures/quiz.ts';

/** The right answer, picked in the order one attempt displays it. */
function rightResponse(quiz: QuizBlock, seed: number): QuizResponse {
  switch (quiz.kind) {
    case 'single': {
      const right = new Set(quiz.options.filter((option) => option.correct).map((option) => option.id));
      return { kind: 'single', optionId: displayOrder(quiz, seed).find((id) => right.has(id)) ?? null };
    }
    case 'multiple': {
      const right = new Set(quiz.options.filter((option) => option.correct).map((option) => option.id));
      return { kind: 'multiple', optionIds: displayOrder(quiz, seed).filter((id) => right.has(id)) };
    }
    case 'truefalse':
      return { kind: 'truefalse', value: quiz.answer };
    case 'numeric':
      return { kind: 'numeric', text: `${quiz.answer}${quiz.unit ?? ''}` };
    case 'order':
      return { kind: 'order', itemIds: quiz.items.map((item) => item.id) };
  }
}

function hasRightAnswer(quiz: QuizBlock): boolean {
  return quiz.kind !== 'single' && quiz.kind !== 'multiple' ? true : quiz.options.some((option) => option.correct);
}

describe('gradeQuiz: single choice', () => {
  const quiz = singleQuiz('b');

  it('scores the right option 1 and marks it', () => {
    expect(gradeQuiz(quiz, { kind: 'single', optionId: 'b' })).toEqual({
      score: 1,
      correct: true,
      options: { a: 'neutral', b: 'correct', c: 'neutral', d: 'neutral' },
    });
  });

  it('scores a wrong option 0 and shows the missed one', () => {
    expect(gradeQuiz(quiz, { kind: 'single', optionId: 'c' })).toEqual({
      score: 0,
      correct: false,
      options: { a: 'neutral', b: 'missed', c: 'incorrect', d: 'neutral' },
    });
  });

  it.each<QuizResponse | null>([
    { kind: 'single', optionId: null },
    { kind: 'single', optionId: 'z' },
    { kind: 'multiple', optionIds: ['b'] },
    null,
  ])('scores %j 0', (response) => {
    const grade = gradeQuiz(quiz, response);
    expect(grade.score).toBe(0);
    expect(grade.options).toEqual({ a: 'neutral', b: 'missed', c: 'neutral', d: 'neutral' });
  });
});

describe('gradeQuiz: multiple choice', () => {
  const quiz = multipleQuiz(['a', 'c', 'd'], 5);
  const partial = multipleQuiz(['a', 'c', 'd'], 5, { partialCredit: true });

  it('scores exactly the right options 1, in any order', () => {
    expect(gradeQuiz(quiz, { kind: 'multiple', optionIds: ['d', 'a', 'c'] })).toEqual({
      score: 1,
      correct: true,
      options: { a: 'correct', b: 'neutral', c: 'correct', d: 'correct', e: 'neutral' },
    });
  });

  it('is all-or-nothing without partial credit', () => {
    expect(gradeQuiz(quiz, { kind: 'multiple', optionIds: ['a', 'c'] }).score).toBe(0);
    expect(gradeQuiz(quiz, { kind: 'multiple', optionIds: ['a', 'c', 'd', 'e'] })).toEqual({
      score: 0,
      correct: false,
      options: { a: 'correct', b: 'neutral', c: 'correct', d: 'correct', e: 'incorrect' },
    });
  });

  it.each<[string[], number]>([
    [['a', 'c', 'd'], 1],
    [['a', 'c'], 2 / 3],
    [['a'], 1 / 3],
    [['a', 'c', 'd', 'b'], 2 / 3],
    [['a', 'b'], 0],
    [['a', 'b', 'e'], 0],
    [['b', 'e'], 0],
  ])('gives partial credit for %j: %d', (optionIds, score) => {
    const grade = gradeQuiz(partial, { kind: 'multiple', optionIds });
    expect(grade.score).toBeCloseTo(score, 12);
    expect(grade.correct).toBe(score === 1);
  });

  it('shows missed options on a partial answer', () => {
    expect(gradeQuiz(partial, { kind: 'multiple', optionIds: ['a', 'b'] }).options).toEqual({
      a: 'correct',
      b: 'incorrect',
      c: 'missed',
      d: 'missed',
      e: 'neutral',
    });
  });

  it.each([[], ['a', 'a', 'c', 'd'], ['a', 'c', 'd', 'z'], ['a', 'a']].map((optionIds) => ({ optionIds })))(
    'scores $optionIds 0 even with partial credit',
    ({ optionIds }) => {
      expect(gradeQuiz(partial, { kind: 'multiple', optionIds }).score).toBe(0);
      expect(gradeQuiz(quiz, { kind: 'multiple', optionIds }).score).toBe(0);
    },
  );

  it('scores a quiz without right options 0', () => {
    const none = multipleQuiz([], 3, { partialCredit: true });
    expect(gradeQuiz(none, { kind: 'multiple', optionIds: ['a'] }).score).toBe(0);
  });
});

describe('gradeQuiz: true/false', () => {
  it('scores the right value 1 and anything else 0', () => {
    const quiz = trueFalseQuiz(false);
    expect(gradeQuiz(quiz, { kind: 'truefalse', value: false })).toEqual({ score: 1, correct: true });
    expect(gradeQuiz(quiz, { kind: 'truefalse', value: true })).toEqual({ score: 0, correct: false });
    expect(gradeQuiz(quiz, { kind: 'truefalse', value: null })).toEqual({ score: 0, correct: false });
    expect(gradeQuiz(quiz, { kind: 'numeric', text: 'false' })).toEqual({ score: 0, correct: false });
  });
});

describe('gradeQuiz: numeric', () => {
  const grade = (quiz: QuizBlock, text: string) => gradeQuiz(quiz, { kind: 'numeric', text }).score;

  it('accepts the answer however it is spelt', () => {
    const quiz = numericQuiz(25, { unit: '%' });
    for (const text of ['25', '25%', '25 %', '25.0', '+25', '２５', '２５％', ' 25 ']) {
      expect(grade(quiz, text)).toBe(1);
    }
    expect(grade(numericQuiz(1234.5, { unit: '元' }), '1,234.5元')).toBe(1);
    expect(grade(numericQuiz(-3.5), '－３．５')).toBe(1);
    expect(grade(numericQuiz(3.6, { unit: 'h' }), '3,6 h')).toBe(1);
  });

  it('is exact by default, up to float noise', () => {
    const quiz = numericQuiz(0.3);
    expect(grade(quiz, '0.3')).toBe(1);
    expect(grade(quiz, '0.30000000001')).toBe(1);
    expect(grade(quiz, '0.300001')).toBe(0);
    expect(grade(quiz, '0.29')).toBe(0);
  });

  it('includes both tolerance edges', () => {
    const quiz = numericQuiz(25, { tolerance: 0.5 });
    expect(grade(quiz, '25.5')).toBe(1);
    expect(grade(quiz, '24.5')).toBe(1);
    expect(grade(quiz, '25.51')).toBe(0);
    expect(grade(quiz, '24.49')).toBe(0);
  });

  it('includes tolerance edges that floats cannot hit exactly', () => {
    const quiz = numericQuiz(0.3, { tolerance: 0.1 });
    expect(grade(quiz, '0.4')).toBe(1);
    expect(grade(quiz, '0.2')).toBe(1);
    expect(grade(quiz, '0.41')).toBe(0);
    expect(grade(numericQuiz(-3.5, { tolerance: 0.1 }), '-3.6')).toBe(1);
  });

  it('accepts either sign only when the question says signed=either', () => {
    expect(grade(numericQuiz(15, { unit: '%' }), '-15%')).toBe(0);
    expect(grade(numericQuiz(15, { unit: '%', eitherSign: true }), '-15%')).toBe(1);
    expect(grade(numericQuiz(15, { unit: '%', eitherSign: true }), '15')).toBe(1);
    expect(grade(numericQuiz(-15, { eitherSign: true }), '15')).toBe(1);
    expect(grade(numericQuiz(15, { eitherSign: true }), '-14')).toBe(0);
  });

  it('treats a negative tolerance as none', () => {
    expect(grade(numericQuiz(10, { tolerance: -1 }), '10')).toBe(1);
    expect(grade(numericQuiz(10, { tolerance: -1 }), '10.5')).toBe(0);
  });

  it('scores unreadable or missing input 0', () => {
    const quiz = numericQuiz(25, { unit: 'h' });
    for (const text of ['', 'abc', '25%%', '25天', '--25']) {
      expect(gradeQuiz(quiz, { kind: 'numeric', text })).toEqual({ score: 0, correct: false });
    }
  });
});

describe('gradeQuiz: order', () => {
  const quiz = orderQuiz(4);

  it('scores the authored order 1', () => {
    expect(gradeQuiz(quiz, { kind: 'order', itemIds: ['a', 'b', 'c', 'd'] })).toEqual({
      score: 1,
      correct: true,
      options: { a: 'correct', b: 'correct', c: 'correct', d: 'correct' },
    });
  });

  it('is all-or-nothing and marks items out of place', () => {
    expect(gradeQuiz(quiz, { kind: 'order', itemIds: ['a', 'c', 'b', 'd'] })).toEqual({
      score: 0,
      correct: false,
      options: { a: 'correct', b: 'incorrect', c: 'incorrect', d: 'correct' },
    });
  });

  const incomplete = [[], ['a', 'b', 'c'], ['a', 'b', 'c', 'd', 'e'], ['a', 'b', 'c', 'c'], ['a', 'b', 'c', 'z']];
  it.each(incomplete.map((itemIds) => ({ itemIds })))('scores $itemIds 0', ({ itemIds }) => {
    expect(gradeQuiz(quiz, { kind: 'order', itemIds }).score).toBe(0);
  });

  it('scores its own displayed order 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }), fc.integer(), (count, seed) => {
        const shown = orderQuiz(count);
        expect(gradeQuiz(shown, { kind: 'order', itemIds: displayOrder(shown, seed) }).score).toBe(0);
      }),
    );
  });
});

describe('gradeQuiz: properties', () => {
  it('keeps the score in [0, 1] with correct exactly at 1, never throwing', () => {
    fc.assert(
      fc.property(quizArbitrary, untrustedResponseArbitrary, (quiz, response) => {
        const grade = gradeQuiz(quiz, response);
        expect(grade.score).toBeGreaterThanOrEqual(0);
        expect(grade.score).toBeLessThanOrEqual(1);
        expect(grade.correct).toBe(grade.score === 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives feedback for every option or item, and only for choice and order quizzes', () => {
    fc.assert(
      fc.property(quizArbitrary, untrustedResponseArbitrary, (quiz, response) => {
        const { options } = gradeQuiz(quiz, response);
        if (quiz.kind === 'single' || quiz.kind === 'multiple') {
          expect(Object.keys(options ?? {}).sort()).toEqual(quiz.options.map((option) => option.id).sort());
        } else if (quiz.kind === 'order') {
          expect(Object.keys(options ?? {}).sort()).toEqual(quiz.items.map((item) => item.id).sort());
        } else {
          expect(options).toBeUndefined();
        }
      }),
    );
  });

  it('scores the right answer 1 whatever the shuffle seed', () => {
    fc.assert(
      fc.property(quizArbitrary.filter(hasRightAnswer), fc.integer(), (quiz, seed) => {
        expect(gradeQuiz(quiz, rightResponse(quiz, seed))).toMatchObject({ score: 1, correct: true });
      }),
    );
  });
});
