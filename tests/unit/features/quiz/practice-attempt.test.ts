import { describe, expect, it } from 'vitest';
import { multipleQuiz, numericQuiz, orderQuiz, singleQuiz, trueFalseQuiz } from '../../../fixtures/quiz.ts';
import { freshAttempt, isPracticeAttemptFor } from '../../../../src/features/quiz/practice-attempt.ts';

describe('practice attempts from another window', () => {
  it('accepts fresh attempts of every quiz kind', () => {
    for (const quiz of [singleQuiz('a'), multipleQuiz(['a']), trueFalseQuiz(true), numericQuiz(5), orderQuiz(3)]) {
      expect(isPracticeAttemptFor(quiz, freshAttempt(quiz, 42))).toBe(true);
    }
  });

  it('accepts answers in progress and submitted gradable answers', () => {
    const quiz = singleQuiz('c');
    expect(isPracticeAttemptFor(quiz, { seed: 1, response: { kind: 'single', optionId: 'b' }, submitted: false })).toBe(true);
    expect(isPracticeAttemptFor(quiz, { seed: 1, response: { kind: 'single', optionId: 'b' }, submitted: true })).toBe(true);
    expect(isPracticeAttemptFor(numericQuiz(5), { seed: 1, response: { kind: 'numeric', text: '4,' }, submitted: false })).toBe(true);
    expect(isPracticeAttemptFor(orderQuiz(3), { seed: 1, response: { kind: 'order', itemIds: ['c', 'a', 'b'] }, submitted: true })).toBe(true);
  });

  it('refuses attempts that do not fit the quiz', () => {
    const single = singleQuiz('c');
    expect(isPracticeAttemptFor(single, { seed: 1, response: { kind: 'single', optionId: null }, submitted: true })).toBe(false);
    expect(isPracticeAttemptFor(single, { seed: 1, response: { kind: 'single', optionId: 'z' }, submitted: false })).toBe(false);
    expect(isPracticeAttemptFor(single, { seed: 1, response: { kind: 'truefalse', value: true }, submitted: false })).toBe(false);
    expect(isPracticeAttemptFor(single, { seed: -1, response: { kind: 'single', optionId: 'a' }, submitted: false })).toBe(false);
    expect(isPracticeAttemptFor(single, { seed: 1.5, response: { kind: 'single', optionId: 'a' }, submitted: false })).toBe(false);
    expect(isPracticeAttemptFor(single, { seed: 1, response: { kind: 'single', optionId: 'a' } })).toBe(false);
    expect(isPracticeAttemptFor(multipleQuiz(['a']), { seed: 1, response: { kind: 'multiple', optionIds: ['a', 'a'] }, submitted: false })).toBe(false);
    expect(isPracticeAttemptFor(orderQuiz(3), { seed: 1, response: { kind: 'order', itemIds: ['a', 'b'] }, submitted: false })).toBe(false);
    expect(isPracticeAttemptFor(numericQuiz(5), { seed: 1, response: { kind: 'numeric', text: 'x' }, submitted: true })).toBe(false);
    expect(isPracticeAttemptFor(single, null)).toBe(false);
    expect(isPracticeAttemptFor(single, 'attempt')).toBe(false);
  });
});
