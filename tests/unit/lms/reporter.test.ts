import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CourseManifest, QuizBlock } from '../../../src/content/types.ts';
import type { ChapterFacts } from '../../../src/lms/course-record.ts';
import { readLaunchData, type LessonMode } from '../../../src/lms/scorm12/launch.ts';
import { openLmsConnection } from '../../../src/lms/scorm12/lms-connection.ts';
import { createScorm12Reporter } from '../../../src/lms/scorm12/reporter.ts';
import { decodeSnapshot } from '../../../src/lms/suspend-data.ts';
import type { ProgressData, QuizAttempt } from '../../../src/progress/progress-schema.ts';
import { drawTest } from '../../../src/quiz/test-draw.ts';
import { singleQuiz } from '../../fixtures/quiz.ts';
import { chapter, course, fakeClock, progress } from './lms-fixtures.ts';
import { committedCmi, scormAgainLms, writes } from './scorm-again-lms.ts';

const MINUTE = 60_000;
const bank: QuizBlock[] = ['q1', 'q2', 'q3'].map((id) => singleQuiz('b', 3, { id }));
const manifest: CourseManifest = { ...course([{ ...chapter('a', ['a1', 'a2'], []), testSize: 2 }, chapter('b', ['b1', 'b2'])]) };
const facts: Record<string, ChapterFacts> = { a: { test: bank, readingSpanMs: MINUTE }, b: { test: [], readingSpanMs: MINUTE } };

function setUp(cmi: Record<string, unknown> = {}, options: { known?: string[]; target?: CourseManifest; mode?: LessonMode } = {}) {
  const lms = scormAgainLms(cmi);
  const connection = openLmsConnection(lms)!;
  const time = fakeClock();
  const onHealth = vi.fn();
  const reporter = createScorm12Reporter({
    connection,
    manifest: options.target ?? manifest,
    launch: readLaunchData(connection),
    mode: options.mode ?? 'normal',
    attempt: 'att00001',
    held: [],
    clock: time.clock,
    startedAt: time.clock.now(),
    loadChapter: async (id) => facts[id] ?? { test: [], readingSpanMs: 0 },
    knownAttemptIds: options.known ?? [],
    onHealth,
  });
  return { lms, reporter, time, onHealth, commits: () => vi.mocked(lms.LMSCommit).mock.calls.length };
}

let T: number;
beforeEach(() => {
  T = fakeClock().clock.now();
});

/** An attempt at chapter `a` answering its draw, `right` of two rightly. */
function attempt(id: string, at: number, right: number): QuizAttempt {
  const drawn = drawTest(bank, 5, 2);
  return { id, at, score: 1, quizIds: drawn, seed: 5, answers: Object.fromEntries(drawn.map((q, i) => [q, { kind: 'single', optionId: i < right ? 'b' : 'a' }])) };
}

/** Both chapters read over their reading span, chapter `a`'s test answered `right` of two. */
function studied(right: number): ProgressData {
  return progress({
    a: { seen: { a1: T, a2: T + 2 * MINUTE }, attempts: [attempt('t1', T + 3 * MINUTE, right)] },
    b: { seen: { b1: T, b2: T + 2 * MINUTE } },
  });
}

describe('Scorm12Reporter', () => {
  it('reports a first launch as incomplete and suspended, with its record, one objective per chapter, in one commit', async () => {
    const { lms, reporter, time, commits } = setUp();
    reporter.report(progress({}));
    await reporter.settled();
    expect(lms.cmi.core.lesson_status).toBe('incomplete');
    expect(committedCmi(lms).core.exit).toBe('suspend');
    expect(decodeSnapshot(lms.cmi.suspend_data, manifest)?.attempt).toBe('att00001');
    expect(lms.LMSGetValue('cmi.objectives.0.id')).toBe('a');
    expect(lms.LMSGetValue('cmi.objectives.1.id')).toBe('b');
    expect(lms.LMSGetValue('cmi.objectives.0.status')).toBe('not attempted');
    expect(lms.LMSGetLastError()).toBe('0');
    time.advance(0);
    expect(commits()).toBe(1);
  });

  it('writes and commits nothing when nothing changed', () => {
    const { lms, reporter, time, commits } = setUp();
    reporter.report(progress({}));
    time.advance(0);
    const written = writes(lms).length;
    for (let i = 0; i < 5; i++) {
      reporter.report(progress({}));
      time.advance(30_000);
    }
    reporter.flush();
    expect(writes(lms)).toHaveLength(written);
    expect(commits()).toBe(1);
  });

  it('writes the bookmark and progress as the learner reads, committing at most every 10 s', () => {
    const { lms, reporter, time, commits } = setUp();
    reporter.report(progress({}));
    time.advance(0);
    reporter.report(progress({ b: { seen: { b1: T } } }, { chapterId: 'b', slideId: 'b1', at: T }));
    time.advance(3000);
    reporter.report(progress({ b: { seen: { b1: T, b2: T + 3000 } } }, { chapterId: 'b', slideId: 'b2', at: T + 3000 }));
    time.advance(6999);
    expect(commits()).toBe(1);
    time.advance(1);
    expect(commits()).toBe(2);
    expect(lms.cmi.core.lesson_location).toBe('b/b2');
    expect(decodeSnapshot(lms.cmi.suspend_data, manifest)!.chapters[0]).toMatchObject({ chapterId: 'b', seenSlideIds: ['b1', 'b2'] });
  });

  it('reports passed with the score, the score first, and a normal exit, once its own grading finds every chapter complete', async () => {
    const { lms, reporter } = setUp();
    reporter.report(studied(2));
    await reporter.settled();
    expect(lms.cmi.core.lesson_status).toBe('passed');
    expect(lms.cmi.core.score.raw).toBe('100');
    const order = writes(lms).map(([element]) => element);
    expect(order.lastIndexOf('cmi.core.score.raw')).toBeLessThan(order.lastIndexOf('cmi.core.lesson_status'));
    expect(committedCmi(lms).core.exit).toBe('');
    expect(lms.LMSGetValue('cmi.objectives.0.status')).toBe('passed');
    expect(lms.LMSGetValue('cmi.objectives.1.status')).toBe('completed');
  });

  it('reports failed, and the chapter objective failed with its score, after a failed test', async () => {
    const { lms, reporter } = setUp();
    reporter.report(studied(0));
    await reporter.settled();
    expect(lms.cmi.core.lesson_status).toBe('failed');
    expect(lms.cmi.core.score.raw).toBe('');
    expect(lms.LMSGetValue('cmi.objectives.0.status')).toBe('failed');
    expect(lms.LMSGetValue('cmi.objectives.0.score.raw')).toBe('0');
    expect(committedCmi(lms).core.exit).toBe('suspend');
  });

  it('does not pass on claimed scores: an attempt without its answers counts nothing', async () => {
    const { lms, reporter } = setUp();
    const claimed = studied(2);
    claimed.chapters.a!.attempts[0]!.answers = {};
    reporter.report(claimed);
    await reporter.settled();
    expect(lms.cmi.core.lesson_status).toBe('incomplete');
  });

  it('never lowers a passed status', () => {
    const { lms, reporter } = setUp({ core: { lesson_status: 'passed', entry: 'resume' } });
    reporter.report(progress({}));
    expect(writes(lms).some(([element]) => element === 'cmi.core.lesson_status')).toBe(false);
  });

  it('records nothing of the learner’s record in review mode, and browsed in browse mode', async () => {
    const review = setUp({ core: { lesson_mode: 'review', lesson_status: 'incomplete', entry: 'resume' } }, { mode: 'review' });
    review.reporter.report(studied(2));
    await review.reporter.settled();
    const written = writes(review.lms).map(([element]) => element);
    for (const element of ['cmi.core.lesson_status', 'cmi.core.score.raw', 'cmi.suspend_data', 'cmi.objectives.0.id']) expect(written).not.toContain(element);
    expect(review.lms.LMSGetValue('cmi.interactions._count')).toBe('0');
    const browse = setUp({ core: { lesson_mode: 'browse', lesson_status: 'not attempted' } }, { mode: 'browse' });
    browse.reporter.report(progress({}));
    expect(browse.lms.cmi.core.lesson_status).toBe('browsed');
  });

  it('appends one interaction per question of each new attempt, after those the LMS holds', async () => {
    const held = { 0: { id: 'earlier', type: 'choice', result: 'wrong' } };
    const { lms, reporter } = setUp({ interactions: held }, { known: ['old'] });
    const old = attempt('old', T - 1000, 2);
    const fresh = { ...attempt('new', T, 1), startedAt: T - 83_450 };
    reporter.report(progress({ a: { attempts: [old, fresh] } }));
    await reporter.settled();
    // Seen again, and with an attempt from an earlier session that arrived late: nothing more.
    reporter.report(progress({ a: { attempts: [attempt('late', T - 5000, 2), old, fresh] } }));
    await reporter.settled();
    expect(lms.LMSGetValue('cmi.interactions._count')).toBe('3');
    const records = Object.values(committedCmi(lms).interactions);
    expect(records.map((r) => [r.id, r.type, r.student_response, r.result])).toEqual([
      ['earlier', 'choice', '', 'wrong'],
      [fresh.quizIds[0], 'choice', 'b', 'correct'],
      [fresh.quizIds[1], 'choice', 'a', 'wrong'],
    ]);
    expect(lms.LMSGetValue('cmi.interactions.1.weighting')).toBe('');
    expect(writes(lms)).toContainEqual(['cmi.interactions.1.weighting', '1']);
    // How long the attempt took, from its first answer to its submission.
    expect(writes(lms)).toContainEqual(['cmi.interactions.1.latency', '0000:01:23.45']);
    expect(records[1]!.correct_responses['0']?.pattern).toBe('b');
  });

  it('records the session time, commits and finishes', () => {
    const { lms, reporter, time } = setUp();
    reporter.report(progress({}));
    time.advance(65_000);
    reporter.finish();
    expect(lms.LMSSetValue).toHaveBeenCalledWith('cmi.core.session_time', '0000:01:05.00');
    expect(lms.LMSCommit).toHaveBeenCalled();
    expect(lms.LMSFinish).toHaveBeenCalledTimes(1);
  });

  it('keeps the last suspend_data when the record would not fit', () => {
    const slides = Array.from({ length: 30_000 }, (_, i) => `s${i}`);
    const huge = course([chapter('big', slides)]);
    const { lms, reporter } = setUp({}, { target: huge });
    reporter.report(progress({ big: { seen: Object.fromEntries(slides.map((s) => [s, T])) } }));
    expect(lms.cmi.suspend_data).toBe('');
  });

  it('tells when the LMS refuses values, and writes everything again on retry', () => {
    const { lms, reporter, onHealth } = setUp();
    vi.mocked(lms.LMSSetValue).mockImplementation(() => 'false');
    reporter.report(progress({ b: { seen: { b1: T } } }));
    expect(onHealth).toHaveBeenLastCalledWith(false);
    vi.mocked(lms.LMSSetValue).mockRestore();
    expect(reporter.retry()).toBe(true);
    expect(decodeSnapshot(lms.cmi.suspend_data, manifest)!.chapters).toHaveLength(1);
  });

  it('carries on when the LMS throws', () => {
    const { lms, reporter, time } = setUp();
    vi.mocked(lms.LMSSetValue).mockImplementation(() => {
      throw new Error('LMS gone');
    });
    expect(() => {
      reporter.report(studied(2));
      time.advance(20_000);
      reporter.flush();
      reporter.finish();
    }).not.toThrow();
  });
});
