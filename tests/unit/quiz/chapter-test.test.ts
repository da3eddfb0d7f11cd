import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreChapterTest } from '../../../src/quiz/chapter-test.ts';
import { isChapterComplete, isPassed } from '../../../src/quiz/completion.ts';
import type { QuizResponse } from '../../../src/quiz/response.ts';
import {
  multipleQuiz,
  numericQuiz,
  orderQuiz,
  quizArbitrary,
  singleQuiz,
  trueFalseQuiz,
  untrustedResponseArbitrary,
} from '../../fixtures/quiz.ts';

describe('scoreChapterTest', () => {
  const quizzes = [
    singleQuiz('a', 4, { id: 'q1' }),
    multipleQuiz(['a', 'b'], 4, { id: 'q2', partialCredit: true }),
    trueFalseQuiz(true, { id: 'q3' }),
    numericQuiz(25, { id: 'q4', unit: '%' }),
    orderQuiz(3, { id: 'q5' }),
  ];

  it('averages the quiz scores', () => {
    const responses: Record<string, QuizResponse> = {
      q1: { kind: 'single', optionId: 'a' },
      q2: { kind: 'multiple', optionIds: ['a'] },
      q3: { kind: 'truefalse', value: true },
      q4: { kind: 'numeric', text: '２５％' },
      q5: { kind: 'order', itemIds: ['b', 'a', 'c'] },
    };
    const result = scoreChapterTest(quizzes, responses);
    expect(result.score).toBeCloseTo(3.5 / 5, 12);
    expect(Object.keys(result.perQuiz)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
    expect(result.perQuiz.q2?.score).toBe(0.5);
    expect(result.perQuiz.q5?.correct).toBe(false);
  });

  it('scores unanswered quizzes 0', () => {
    const result = scoreChapterTest(quizzes, { q3: { kind: 'truefalse', value: true } });
    expect(result.score).toBeCloseTo(1 / 5, 12);
    expect(result.perQuiz.q1).toMatchObject({ score: 0, correct: false });
  });

  it('scores a chapter without quizzes 1', () => {
    expect(scoreChapterTest([], {})).toEqual({ score: 1, perQuiz: {} });
  });

  it('ignores responses to quizzes the chapter does not have', () => {
    const result = scoreChapterTest([trueFalseQuiz(true, { id: 'q1' })], {
      q1: { kind: 'truefalse', value: true },
      gone: { kind: 'truefalse', value: false },
    });
    expect(result).toEqual({ score: 1, perQuiz: { q1: { score: 1, correct: true } } });
  });

  it('keeps the score in [0, 1] whatever the responses hold', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(quizArbitrary, { selector: (quiz) => quiz.id, maxLength: 6 }),
        fc.array(untrustedResponseArbitrary, { maxLength: 6 }),
        (chapterQuizzes, answers) => {
          const responses = Object.fromEntries(chapterQuizzes.map((quiz, i) => [quiz.id, answers[i]]));
          const { score } = scoreChapterTest(chapterQuizzes, responses as Record<string, QuizResponse>);
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('isPassed', () => {
  it.each([
    [0.8, 0.8, true],
    [4 / 5, 0.8, true],
    [(0.1 + 0.7) / 1, 0.8, true],
    [0.8 - 1e-12, 0.8, true],
    [0.79, 0.8, false],
    [1, 0.8, true],
    [0, 0, true],
    [0.99, 1, false],
    [1, 1, true],
  ])('score %d against mark %d: %s', (score, passMark, passed) => {
    expect(isPassed(score, passMark)).toBe(passed);
  });
});

describe('isChapterComplete', () => {
  const base = { slideIds: ['intro', 'retention', 'summary'], hasTest: true, passMark: 0.8 };

  it('needs every slide seen and a passing best score', () => {
    expect(isChapterComplete({ ...base, seenSlideIds: new Set(base.slideIds), bestScore: 0.8 })).toBe(true);
    expect(isChapterComplete({ ...base, seenSlideIds: ['summary', 'intro', 'retention'], bestScore: 1 })).toBe(true);
  });

  it('is not complete with a slide unseen', () => {
    expect(isChapterComplete({ ...base, seenSlideIds: ['intro', 'summary', 'other'], bestScore: 1 })).toBe(false);
  });

  it('is not complete below the pass mark or without an attempt', () => {
    expect(isChapterComplete({ ...base, seenSlideIds: base.slideIds, bestScore: 0.6 })).toBe(false);
    expect(isChapterComplete({ ...base, seenSlideIds: base.slideIds, bestScore: null })).toBe(false);
  });

  it('needs only the slides when the chapter has no test', () => {
    expect(isChapterComplete({ ...base, hasTest: false, seenSlideIds: base.slideIds, bestScore: null })).toBe(true);
    expect(isChapterComplete({ ...base, hasTest: false, seenSlideIds: ['intro'], bestScore: null })).toBe(false);
  });
});
