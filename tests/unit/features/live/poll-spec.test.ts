import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import type { QuizBlock, Slide } from '../../../../src/content/types.ts';
import { checkName } from '../../../../src/features/live/names.ts';
import { findQuiz, isPollable, optionLetter, pollSpecFor, slideQuizzes } from '../../../../src/features/live/poll-spec.ts';

const text = (value: string): Root => ({ type: 'root', children: [{ type: 'text', value }] });
const common = { type: 'quiz' as const, objective: null, prompt: text('?'), explain: null, shuffle: true };
const single: QuizBlock = { ...common, id: 'q-single', kind: 'single', options: [{ id: 'a', content: text('A'), correct: false }, { id: 'b', content: text('B'), correct: true }] };
const multiple: QuizBlock = { ...common, id: 'q-multi', kind: 'multiple', partialCredit: false, options: [{ id: 'a', content: text('A'), correct: true }, { id: 'b', content: text('B'), correct: false }, { id: 'c', content: text('C'), correct: true }] };
const tf: QuizBlock = { ...common, id: 'q-tf', kind: 'truefalse', answer: false };
const numeric: QuizBlock = { ...common, id: 'q-num', kind: 'numeric', answer: 12.5, tolerance: -1, unit: '%' };
const order: QuizBlock = { ...common, id: 'q-order', kind: 'order', items: [] };

const slide: Slide = {
  id: 's1',
  readingMs: 4000,
  title: 'S',
  notes: null,
  face: [single, { type: 'callout', tone: 'tip', title: null, blocks: [multiple, tf] }],
  depth: [numeric, order],
};

describe('polls from a slide’s quizzes', () => {
  it('finds every quiz, face and depth, callouts included, and skips ordering questions as polls', () => {
    expect(slideQuizzes(slide).map((q) => q.id)).toEqual(['q-single', 'q-multi', 'q-tf', 'q-num', 'q-order']);
    expect(slideQuizzes(slide).filter(isPollable).map((q) => q.kind)).toEqual(['single', 'multiple', 'truefalse', 'numeric']);
    expect(findQuiz([slide], 's1', 'q-tf')).toBe(tf);
    expect(findQuiz([slide], 's2', 'q-tf')).toBeUndefined();
  });

  it('sends the options and the answer the server reveals later', () => {
    expect(pollSpecFor('s1', single as never)).toEqual({ slideId: 's1', quizId: 'q-single', kind: 'single', options: ['a', 'b'], correct: ['b'] });
    expect(pollSpecFor('s1', multiple as never)).toMatchObject({ kind: 'multiple', options: ['a', 'b', 'c'], correct: ['a', 'c'] });
    expect(pollSpecFor('s1', tf as never)).toEqual({ slideId: 's1', quizId: 'q-tf', kind: 'truefalse', answer: false });
    expect(pollSpecFor('s1', numeric as never)).toEqual({ slideId: 's1', quizId: 'q-num', kind: 'numeric', answer: 12.5, tolerance: 0 });
    expect([0, 1, 25].map(optionLetter)).toEqual(['A', 'B', 'Z']);
  });

  it('checks display names as the server does', () => {
    expect(checkName('  王小明 ')).toBeNull();
    expect(checkName('名'.repeat(40))).toBeNull();
    expect(checkName('😀'.repeat(40))).toBeNull();
    expect(checkName('   ')).toBe('empty');
    expect(checkName('名'.repeat(41))).toBe('long');
    expect(checkName('a\u0007b')).toBe('invalid');
    expect(checkName('abc\u202Edef')).toBe('invalid');
  });
});
