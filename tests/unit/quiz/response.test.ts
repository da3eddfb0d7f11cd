import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyResponse, isResponseComplete, type QuizResponse } from '../../../src/quiz/response.ts';
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

describe('emptyResponse', () => {
  it('starts every kind unanswered', () => {
    expect(emptyResponse(singleQuiz('a'))).toEqual({ kind: 'single', optionId: null });
    expect(emptyResponse(multipleQuiz(['a']))).toEqual({ kind: 'multiple', optionIds: [] });
    expect(emptyResponse(trueFalseQuiz(true))).toEqual({ kind: 'truefalse', value: null });
    expect(emptyResponse(numericQuiz(25))).toEqual({ kind: 'numeric', text: '' });
  });

  it('starts an order quiz in its displayed order', () => {
    const quiz = orderQuiz(5);
    expect(emptyResponse(quiz, 42)).toEqual({ kind: 'order', itemIds: displayOrder(quiz, 42) });
  });

  it('is complete only for order quizzes', () => {
    fc.assert(
      fc.property(quizArbitrary, fc.integer(), (quiz, seed) => {
        expect(isResponseComplete(quiz, emptyResponse(quiz, seed))).toBe(quiz.kind === 'order');
      }),
    );
  });
});

describe('isResponseComplete', () => {
  const single = singleQuiz('b');
  const multiple = multipleQuiz(['a', 'c']);
  const order = orderQuiz(3);

  it.each<[string, QuizResponse, boolean]>([
    ['a chosen option', { kind: 'single', optionId: 'a' }, true],
    ['no option', { kind: 'single', optionId: null }, false],
    ['an unknown option', { kind: 'single', optionId: 'z' }, false],
    ['another kind', { kind: 'multiple', optionIds: ['a'] }, false],
  ])('single: %s', (_, response, complete) => {
    expect(isResponseComplete(single, response)).toBe(complete);
  });

  it.each<[string, QuizResponse, boolean]>([
    ['one option', { kind: 'multiple', optionIds: ['b'] }, true],
    ['all options', { kind: 'multiple', optionIds: ['a', 'b', 'c', 'd'] }, true],
    ['no option', { kind: 'multiple', optionIds: [] }, false],
    ['a repeated option', { kind: 'multiple', optionIds: ['a', 'a'] }, false],
    ['an unknown option', { kind: 'multiple', optionIds: ['a', 'z'] }, false],
    ['another kind', { kind: 'single', optionId: 'a' }, false],
  ])('multiple: %s', (_, response, complete) => {
    expect(isResponseComplete(multiple, response)).toBe(complete);
  });

  it('true/false needs a value', () => {
    const quiz = trueFalseQuiz(false);
    expect(isResponseComplete(quiz, { kind: 'truefalse', value: false })).toBe(true);
    expect(isResponseComplete(quiz, { kind: 'truefalse', value: true })).toBe(true);
    expect(isResponseComplete(quiz, { kind: 'truefalse', value: null })).toBe(false);
  });

  it('numeric needs a readable number, with the quiz unit allowed', () => {
    const quiz = numericQuiz(30, { unit: '天' });
    expect(isResponseComplete(quiz, { kind: 'numeric', text: '30天' })).toBe(true);
    expect(isResponseComplete(quiz, { kind: 'numeric', text: '２５' })).toBe(true);
    expect(isResponseComplete(quiz, { kind: 'numeric', text: '' })).toBe(false);
    expect(isResponseComplete(quiz, { kind: 'numeric', text: 'abc' })).toBe(false);
  });

  it.each<[string, QuizResponse, boolean]>([
    ['every item once', { kind: 'order', itemIds: ['c', 'a', 'b'] }, true],
    ['an item missing', { kind: 'order', itemIds: ['c', 'a'] }, false],
    ['an item repeated', { kind: 'order', itemIds: ['c', 'a', 'a'] }, false],
    ['an unknown item', { kind: 'order', itemIds: ['c', 'a', 'z'] }, false],
    ['an extra item', { kind: 'order', itemIds: ['c', 'a', 'b', 'z'] }, false],
  ])('order: %s', (_, response, complete) => {
    expect(isResponseComplete(order, response)).toBe(complete);
  });

  it('rejects malformed stored responses without throwing', () => {
    const malformed = [null, undefined, 42, 'single', [], { kind: 'order', itemIds: [undefined, 'b', 'c'] }];
    for (const response of malformed) {
      expect(isResponseComplete(order, response as unknown as QuizResponse)).toBe(false);
    }
    fc.assert(
      fc.property(quizArbitrary, untrustedResponseArbitrary, (quiz, response) => {
        expect(typeof isResponseComplete(quiz, response)).toBe('boolean');
      }),
    );
  });
});
