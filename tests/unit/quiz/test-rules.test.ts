import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HastRoot, QuizBlock, TrueFalseQuiz } from '../../../src/content/types.ts';
import { checkAttemptTime, DAY_MS } from '../../../src/quiz/attempt-policy.ts';
import { readingSpanMs } from '../../../src/quiz/completion.ts';
import { gradeTestAttempt, isSeed } from '../../../src/quiz/test-attempt.ts';
import { drawTest } from '../../../src/quiz/test-draw.ts';

const MINUTE = 60_000;
const empty: HastRoot = { type: 'root', children: [] };
const tf = (id: string, objective: string, answer = true): QuizBlock => ({ type: 'quiz', id, objective, prompt: empty, explain: null, shuffle: true, kind: 'truefalse', answer });
/** Twelve questions over four objectives, three each (as a course bank is laid out). */
const bank = ['a', 'b', 'c', 'd'].flatMap((objective) => [1, 2, 3].map((n) => tf(`q-${objective}${n}`, objective, n % 2 === 0)));

describe('drawTest', () => {
  it('draws the same questions for the same seed, on any device', () => {
    expect(drawTest(bank, 42, 5)).toEqual(drawTest([...bank], 42, 5));
  });

  it('asks every objective before any twice, returns bank order, never repeats', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffff_ffff }), fc.integer({ min: 1, max: 12 }), (seed, size) => {
        const drawn = drawTest(bank, seed, size);
        expect(drawn).toHaveLength(size);
        expect(new Set(drawn).size).toBe(size);
        const order = bank.map((quiz) => quiz.id);
        expect([...drawn].sort((x, y) => order.indexOf(x) - order.indexOf(y))).toEqual(drawn);
        const perObjective = ['a', 'b', 'c', 'd'].map((o) => drawn.filter((id) => id.startsWith(`q-${o}`)).length);
        expect(Math.max(...perObjective) - Math.min(...perObjective)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('varies between attempts: over many seeds every question gets asked', () => {
    const asked = new Set(Array.from({ length: 200 }, (_, seed) => drawTest(bank, seed * 7919, 5)).flat());
    expect(asked.size).toBe(bank.length);
  });

  it('draws the whole bank when it is smaller than the test, and nothing from an empty one', () => {
    expect(drawTest(bank.slice(0, 3), 1, 5)).toHaveLength(3);
    expect(drawTest([], 1, 5)).toEqual([]);
  });
});

describe('gradeTestAttempt', () => {
  const seed = 9;
  const drawn = drawTest(bank, seed, 5);
  const answerOf = (id: string, right: boolean) => ({ kind: 'truefalse', value: (bank.find((q) => q.id === id) as TrueFalseQuiz).answer === right });

  it('grades exactly the drawn questions with the quiz grader', () => {
    const answers = Object.fromEntries(drawn.map((id, i) => [id, answerOf(id, i < 4)]));
    const grade = gradeTestAttempt(bank, 5, seed, answers);
    expect(grade).toMatchObject({ ok: true, score: 0.8, questionIds: drawn });
  });

  it('refuses answers for other questions, missing ones or extra ones', () => {
    const right = Object.fromEntries(drawn.map((id) => [id, answerOf(id, true)]));
    const other = bank.find((quiz) => !drawn.includes(quiz.id))!.id;
    expect(gradeTestAttempt(bank, 5, seed + 1, right).ok).toBe(drawTest(bank, seed + 1, 5).join() === drawn.join());
    expect(gradeTestAttempt(bank, 5, seed, { ...right, [other]: answerOf(other, true) }).ok).toBe(false);
    const { [drawn[0]!]: _dropped, ...fewer } = right;
    expect(gradeTestAttempt(bank, 5, seed, fewer).ok).toBe(false);
    expect(gradeTestAttempt([], 5, seed, {}).ok).toBe(false);
  });

  it('never throws and never scores outside 0..1, whatever the answers hold', () => {
    fc.assert(
      fc.property(fc.array(fc.anything(), { minLength: 5, maxLength: 5 }), (values) => {
        const answers = Object.fromEntries(drawn.map((id, i) => [id, values[i]]));
        const grade = gradeTestAttempt(bank, 5, seed, answers);
        expect(grade.ok).toBe(true);
        if (grade.ok) expect(grade.score).toBeGreaterThanOrEqual(0);
        if (grade.ok) expect(grade.score).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('knows a seed when it sees one', () => {
    expect([0, 1, 0xffff_ffff].every(isSeed)).toBe(true);
    expect([-1, 0x1_0000_0000, 1.5, '1', null, Number.NaN].some(isSeed)).toBe(false);
  });
});

describe('checkAttemptTime', () => {
  const rules = { cooldownMinutes: 10, attemptsPerDay: 3 };
  const t = Date.UTC(2026, 0, 1, 9);

  it('allows a first attempt, then waits out the cooldown', () => {
    expect(checkAttemptTime([], t, rules)).toEqual({ allowed: true });
    expect(checkAttemptTime([t], t + 9 * MINUTE, rules)).toEqual({ allowed: false, reason: 'cooldown', retryAt: t + 10 * MINUTE });
    expect(checkAttemptTime([t], t + 10 * MINUTE, rules)).toEqual({ allowed: true });
  });

  it('limits attempts within any 24 hours, and says when the oldest leaves the window', () => {
    const three = [t, t + 2 * 60 * MINUTE, t + 4 * 60 * MINUTE];
    expect(checkAttemptTime(three, t + 5 * 60 * MINUTE, rules)).toEqual({ allowed: false, reason: 'daily_limit', retryAt: t + DAY_MS });
    expect(checkAttemptTime(three, t + DAY_MS, rules)).toEqual({ allowed: true });
  });

  it('judges an attempt by the attempts taken before it, whatever order they arrive in', () => {
    expect(checkAttemptTime([t + 60 * MINUTE], t, rules)).toEqual({ allowed: true });
  });

  it('has no rules when both are 0', () => {
    expect(checkAttemptTime([t, t, t, t], t, { cooldownMinutes: 0, attemptsPerDay: 0 })).toEqual({ allowed: true });
  });
});

describe('readingSpanMs', () => {
  it('is half the summed reading times', () => {
    expect(readingSpanMs([4000, 10_000, 6000])).toBe(10_000);
    expect(readingSpanMs([])).toBe(0);
  });
});
