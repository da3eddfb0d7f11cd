import { describe, expect, it } from 'vitest';
import type { QuizBlock } from '../../../src/content/types.ts';
import { judgeCourse, type ChapterFacts } from '../../../src/lms/course-record.ts';
import type { QuizAttempt } from '../../../src/progress/progress-schema.ts';
import { drawTest } from '../../../src/quiz/test-draw.ts';
import { singleQuiz } from '../../fixtures/quiz.ts';
import { chapter, course, progress } from './lms-fixtures.ts';

const T = 1_700_000_000_000;
const MINUTE = 60_000;
const bank: QuizBlock[] = ['q1', 'q2', 'q3', 'q4'].map((id) => singleQuiz('a', 3, { id }));
/** Chapter `a` asks two of four questions; `reading` has no test. */
const manifest = {
  ...course([{ ...chapter('a', ['a1', 'a2'], []), testSize: 2 }, chapter('reading', ['r1', 'r2'])]),
  test: { questions: 2, cooldownMinutes: 10, attemptsPerDay: 2 },
};
const facts = new Map<string, ChapterFacts>([
  ['a', { test: bank, readingSpanMs: 5 * MINUTE }],
  ['reading', { test: [], readingSpanMs: 5 * MINUTE }],
]);
const judge = (p: ReturnType<typeof progress>, held = []) => judgeCourse(p, { manifest, facts, held });

/** An attempt at `a` that answers its seed's draw, `right` of them rightly. */
function attempt(id: string, at: number, right: number, seed = 1): QuizAttempt {
  const drawn = drawTest(bank, seed, 2);
  const answers = Object.fromEntries(drawn.map((q, i) => [q, { kind: 'single', optionId: i < right ? 'a' : 'b' }]));
  return { id, at, score: 1, answers, quizIds: drawn, seed };
}

const read = { seen: { a1: T, a2: T + 6 * MINUTE } };
const readingDone = { seen: { r1: T, r2: T + 6 * MINUTE } };

describe('judgeCourse: the server’s rules', () => {
  it('counts a chapter read only when its slides span the reading time', () => {
    expect(judge(progress({ reading: { seen: { r1: T, r2: T + MINUTE } } })).chapters[1]).toMatchObject({ read: false, complete: false, status: 'incomplete' });
    expect(judge(progress({ reading: readingDone })).chapters[1]).toMatchObject({ read: true, complete: true, status: 'completed' });
  });

  it('grades attempts itself: a claimed score without the answers counts nothing', () => {
    const claimed: QuizAttempt = { id: 'x', at: T, score: 1, answers: {}, quizIds: ['q1', 'q2'], seed: 1 };
    expect(judge(progress({ a: { ...read, attempts: [claimed] } })).chapters[0]).toMatchObject({ bestScore: null, complete: false });
    expect(judge(progress({ a: { ...read, attempts: [attempt('y', T + 7 * MINUTE, 2)] } })).chapters[0]).toMatchObject({ bestScore: 1, complete: true, status: 'passed' });
  });

  it('never counts imported attempts, nor attempts inside the cooldown or past the daily limit', () => {
    const imported = { ...attempt('i', T, 2), imported: true };
    expect(judge(progress({ a: { ...read, attempts: [imported] } })).chapters[0]!.bestScore).toBeNull();
    // Failed at T, then a pass 5 minutes later (inside the 10-minute wait): only the failure counts.
    const early = judge(progress({ a: { ...read, attempts: [attempt('f', T, 0), attempt('p', T + 5 * MINUTE, 2)] } }));
    expect(early.chapters[0]).toMatchObject({ bestScore: 0, status: 'failed' });
    // Two failures, then a third attempt the same day: past the daily limit of two.
    const third = judge(progress({ a: { ...read, attempts: [attempt('f1', T, 0), attempt('f2', T + 20 * MINUTE, 1), attempt('p', T + 40 * MINUTE, 2)] } }));
    expect(third.chapters[0]!.bestScore).toBe(0.5);
  });

  it('reports failed while a chapter test is failed, passed with the certificate’s score once all is complete', () => {
    const failed = judge(progress({ a: { ...read, attempts: [attempt('f', T, 0)] }, reading: readingDone }));
    expect(failed).toMatchObject({ status: 'failed', score: null, allRead: true, allPassed: false, percent: 50 });
    const passed = judge(progress({ a: { ...read, attempts: [attempt('f', T, 0), attempt('p', T + 20 * MINUTE, 2)] }, reading: readingDone }));
    expect(passed).toMatchObject({ status: 'passed', score: 1, allRead: true, allPassed: true, percent: 100 });
    expect(judge(progress({})).status).toBe('incomplete');
  });

  it('believes what the LMS held at launch', () => {
    const held = [{ chapterId: 'a', bestScore: 0.9, completed: true, read: true }];
    expect(judgeCourse(progress({ reading: readingDone }), { manifest, facts, held }).status).toBe('passed');
  });

  it('judges nothing of a chapter whose bank and reading times are not loaded yet', () => {
    const none = judgeCourse(progress({ a: { ...read, attempts: [attempt('p', T, 2)] } }), { manifest, facts: new Map(), held: [] });
    expect(none.chapters[0]).toMatchObject({ read: false, bestScore: null, status: 'incomplete' });
  });
});
