import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attemptInteractions, interactionId } from '../../../src/lms/scorm12/interactions.ts';
import {
  multipleQuiz,
  numericQuiz,
  orderQuiz,
  quizArbitrary,
  singleQuiz,
  trueFalseQuiz,
  untrustedResponseArbitrary,
} from '../../fixtures/quiz.ts';

const at = new Date(2024, 4, 6, 14, 30, 5).getTime();
const quizzes = [
  singleQuiz('c', 4, { id: 'q-single' }),
  multipleQuiz(['a', 'd'], 5, { id: 'q-multiple' }),
  trueFalseQuiz(false, { id: 'q-tf' }),
  numericQuiz(15, { id: 'q-num', unit: '%', tolerance: 0.1 }),
  orderQuiz(4, { id: 'q-order' }),
];

describe('attemptInteractions', () => {
  it('records each answered question in the SCORM 1.2 vocabulary', () => {
    const answers = {
      'q-single': { kind: 'single', optionId: 'c' },
      'q-multiple': { kind: 'multiple', optionIds: ['d', 'b'] },
      'q-tf': { kind: 'truefalse', value: false },
      'q-num': { kind: 'numeric', text: '１５.05 %' },
      'q-order': { kind: 'order', itemIds: ['b', 'a', 'c', 'd'] },
    };
    expect(attemptInteractions(quizzes, { answers, at })).toEqual([
      { id: 'q-single', type: 'choice', correctPatterns: ['c'], studentResponse: 'c', result: 'correct', time: '14:30:05', weighting: '1' },
      { id: 'q-multiple', type: 'choice', correctPatterns: ['a,d'], studentResponse: 'b,d', result: 'wrong', time: '14:30:05', weighting: '1' },
      { id: 'q-tf', type: 'true-false', correctPatterns: ['f'], studentResponse: 'f', result: 'correct', time: '14:30:05', weighting: '1' },
      { id: 'q-num', type: 'numeric', correctPatterns: ['15'], studentResponse: '15.05', result: 'correct', time: '14:30:05', weighting: '1' },
      { id: 'q-order', type: 'sequencing', correctPatterns: ['a,b,c,d'], studentResponse: 'b,a,c,d', result: 'wrong', time: '14:30:05', weighting: '1' },
    ]);
  });

  it('counts partial credit as wrong and lists every accepted single-choice answer', () => {
    const partial = multipleQuiz(['a', 'b'], 3, { id: 'p', partialCredit: true });
    const twoRight = { ...singleQuiz('a', 3, { id: 's' }), options: singleQuiz('a', 3).options.map((o) => ({ ...o, correct: o.id !== 'c' })) };
    const [p, s] = attemptInteractions([partial, twoRight], { answers: { p: { kind: 'multiple', optionIds: ['a'] }, s: { kind: 'single', optionId: 'b' } }, at });
    expect(p).toMatchObject({ result: 'wrong', correctPatterns: ['a,b'], studentResponse: 'a' });
    expect(s).toMatchObject({ result: 'correct', correctPatterns: ['a', 'b'] });
  });

  it('gives each interaction the attempt\'s working time as its latency, when it was recorded', () => {
    const answers = { 'q-tf': { kind: 'truefalse', value: true } };
    expect(attemptInteractions(quizzes, { answers, at, startedAt: at - 3_723_010 })[0]).toMatchObject({ latency: '0001:02:03.01' });
    expect(attemptInteractions(quizzes, { answers, at })[0]).not.toHaveProperty('latency');
    // A start after the submission is a clock that jumped: no latency rather than a wrong one.
    expect(attemptInteractions(quizzes, { answers, at, startedAt: at + 1 })[0]).not.toHaveProperty('latency');
  });

  it('skips quizzes the attempt did not cover', () => {
    expect(attemptInteractions(quizzes, { answers: { 'q-tf': { kind: 'truefalse', value: true } }, at }).map((i) => i.id)).toEqual(['q-tf']);
  });

  it('writes the options’ own ids, whatever order they were shown in, and falls back to fill-in for longer ids', () => {
    const wide = singleQuiz('a', 30, { id: 'wide' });
    const lastId = wide.options[29]!.id;
    // Ids past `z` are not single SCORM characters: the answer is written as fill-in, by id.
    expect(attemptInteractions([wide], { answers: { wide: { kind: 'single', optionId: lastId } }, at })[0]).toMatchObject({ type: 'fill-in', studentResponse: lastId });
    const huge = { ...orderQuiz(3, { id: 'huge' }), items: Array.from({ length: 40 }, (_, i) => ({ id: `i${i}`, content: { type: 'root' as const, children: [] } })) };
    expect(attemptInteractions([huge], { answers: { huge: { kind: 'order', itemIds: ['i1', 'i0'] } }, at })[0]).toMatchObject({ type: 'fill-in', studentResponse: 'i1,i0' });
  });

  it('writes valid SCORM 1.2 values whatever the saved answers hold, never throwing', () => {
    fc.assert(
      fc.property(quizArbitrary, fc.oneof(untrustedResponseArbitrary, fc.anything()), (quiz, response) => {
        for (const interaction of attemptInteractions([quiz], { answers: { [quiz.id]: response }, at })) {
          expect(interaction.id).toMatch(/^[A-Za-z0-9_-]{1,255}$/);
          expect(['correct', 'wrong']).toContain(interaction.result);
          expect(interaction.studentResponse.length).toBeLessThanOrEqual(255);
          if (interaction.type === 'choice' || interaction.type === 'sequencing') {
            expect(interaction.studentResponse).toMatch(/^([0-9a-z](,[0-9a-z])*)?$/);
          }
          if (interaction.type === 'true-false') expect(interaction.studentResponse).toMatch(/^[tf]?$/);
          if (interaction.type === 'numeric') expect(interaction.studentResponse).toMatch(/^(-?\d+(\.\d+)?)?$/);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('interactionId', () => {
  it('keeps quiz ids that are already identifiers and cleans the rest', () => {
    expect(interactionId('q-data-funnel_weakest')).toBe('q-data-funnel_weakest');
    expect(interactionId('q 1.2/题')).toBe('q_1_2__');
    expect(interactionId('')).toBe('quiz');
    expect(interactionId('x'.repeat(300))).toHaveLength(255);
  });
});
