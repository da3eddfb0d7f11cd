import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CourseManifest } from '../../../src/content/types.ts';
import { openLmsConnection } from '../../../src/lms/scorm12/lms-connection.ts';
import { readLaunchData } from '../../../src/lms/scorm12/launch-data.ts';
import { createScorm12Reporter } from '../../../src/lms/scorm12/reporter.ts';
import { decodeSuspendData } from '../../../src/lms/suspend-data.ts';
import { singleQuiz, trueFalseQuiz } from '../../fixtures/quiz.ts';
import { chapter, course, fakeClock, finishedProgress, progress } from './lms-fixtures.ts';
import { committedCmi, scormAgainLms, writes } from './scorm-again-lms.ts';

const manifest = course([chapter('a', ['a1', 'a2'], ['qa1', 'qa2']), chapter('b', ['b1'])]);
const quizzes = [singleQuiz('b', 3, { id: 'qa1' }), trueFalseQuiz(true, { id: 'qa2' })];

function setUp(cmi: Record<string, unknown> = {}, knownAttemptIds: string[] = [], target: CourseManifest = manifest) {
  const lms = scormAgainLms(cmi);
  const connection = openLmsConnection(lms)!;
  const time = fakeClock();
  const reporter = createScorm12Reporter({
    connection,
    manifest: target,
    launch: readLaunchData(connection),
    clock: time.clock,
    startedAt: time.clock.now(),
    loadQuizzes: async () => quizzes,
    knownAttemptIds,
  });
  return { lms, reporter, time, commits: () => vi.mocked(lms.LMSCommit).mock.calls.length };
}

let T: number;
beforeEach(() => {
  T = fakeClock().clock.now();
});

describe('Scorm12Reporter', () => {
  it('reports a first launch as incomplete and suspended, with its suspend_data, in one commit', () => {
    const { lms, reporter, time, commits } = setUp();
    reporter.report(progress({}));
    expect(lms.cmi.core.lesson_status).toBe('incomplete');
    expect(committedCmi(lms).core.exit).toBe('suspend');
    expect(decodeSuspendData(lms.cmi.suspend_data, manifest)).not.toBeNull();
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
    reporter.report(progress({ a: { seen: { a1: T } } }, { chapterId: 'a', slideId: 'a1', at: T }));
    time.advance(3000);
    reporter.report(progress({ a: { seen: { a1: T, a2: T + 3000 } } }, { chapterId: 'a', slideId: 'a2', at: T + 3000 }));
    time.advance(6999);
    expect(commits()).toBe(1);
    time.advance(1);
    expect(commits()).toBe(2);
    expect(lms.cmi.core.lesson_location).toBe('a/a2');
    expect(decodeSuspendData(lms.cmi.suspend_data, manifest)!.chapters.a?.seen).toEqual({ a1: T + 3000 - ((T + 3000) % 1000), a2: T + 3000 - ((T + 3000) % 1000) });
  });

  it('leaves an LMS that already holds this state untouched', () => {
    const state = progress({ a: { seen: { a1: T } } }, { chapterId: 'a', slideId: 'a1', at: T });
    const first = setUp();
    first.reporter.report(state);
    const { lms, reporter, time, commits } = setUp({
      suspend_data: first.lms.cmi.suspend_data,
      core: { lesson_status: 'incomplete', lesson_location: 'a/a1', entry: 'resume' },
    });
    reporter.report(state);
    time.advance(0);
    expect(writes(lms).map(([element]) => element)).toEqual(['cmi.core.exit', 'cmi.core.session_time']);
    expect(commits()).toBe(1);
  });

  it('reports passed with the score, the score first, once every chapter is complete', () => {
    const { lms, reporter } = setUp();
    reporter.report(finishedProgress(manifest, 0.9));
    expect(lms.cmi.core.lesson_status).toBe('passed');
    expect(lms.cmi.core.score.raw).toBe('90');
    expect(lms.cmi.core.score.min).toBe('0');
    expect(lms.cmi.core.score.max).toBe('100');
    const order = writes(lms).map(([element]) => element);
    expect(order.indexOf('cmi.core.score.raw')).toBeLessThan(order.indexOf('cmi.core.lesson_status'));
    expect(lms.LMSGetLastError()).toBe('0');
  });

  it('withholds the score while the course is incomplete', () => {
    const { lms, reporter } = setUp();
    reporter.report(progress({ a: { attempts: [{ id: 'x', at: T, score: 1, answers: {}, quizIds: ['qa1', 'qa2'], seed: 1 }] } }));
    expect(lms.cmi.core.lesson_status).toBe('incomplete');
    expect(lms.cmi.core.score.raw).toBe('');
  });

  it('never lowers the status the LMS holds', () => {
    const { lms, reporter } = setUp({ core: { lesson_status: 'passed', entry: 'resume' } });
    reporter.report(progress({}));
    expect(writes(lms).some(([element]) => element === 'cmi.core.lesson_status')).toBe(false);
    expect(lms.cmi.core.lesson_status).toBe('passed');
  });

  it('changes neither status nor score in review mode', () => {
    const { lms, reporter } = setUp({ core: { lesson_mode: 'review', lesson_status: 'incomplete', entry: 'resume' } });
    reporter.report(finishedProgress(manifest, 0.9));
    const written = writes(lms).map(([element]) => element);
    expect(written).not.toContain('cmi.core.lesson_status');
    expect(written).not.toContain('cmi.core.score.raw');
    expect(written).toContain('cmi.suspend_data');
  });

  it('appends one interaction per question of each new attempt, after those the LMS holds', async () => {
    const held = { 0: { id: 'earlier', type: 'choice', result: 'wrong' } };
    const { lms, reporter } = setUp({ interactions: held }, ['old']);
    const attempt = (id: string, at: number, answers: Record<string, unknown>) => ({ id, at, score: 0.5, answers, quizIds: ['qa1', 'qa2'], seed: 1 });
    const answers = { qa1: { kind: 'single', optionId: 'b' }, qa2: { kind: 'truefalse', value: false } };
    reporter.report(progress({ a: { attempts: [attempt('old', T - 1000, answers), attempt('new', T, answers)] } }));
    await reporter.settled();
    // Seen again, and with an attempt from an earlier session that arrived late: nothing more.
    reporter.report(progress({ a: { attempts: [attempt('late', T - 5000, answers), attempt('old', T - 1000, answers), attempt('new', T, answers)] } }));
    await reporter.settled();
    expect(lms.LMSGetValue('cmi.interactions._count')).toBe('3');
    const records = Object.values(committedCmi(lms).interactions);
    expect(records.map((r) => [r.id, r.type, r.student_response, r.result])).toEqual([
      ['earlier', 'choice', '', 'wrong'],
      ['qa1', 'choice', 'b', 'correct'],
      ['qa2', 'true-false', 'f', 'wrong'],
    ]);
    expect(records[1]!.correct_responses['0']?.pattern).toBe('b');
    expect(records[1]!.time).toMatch(/^\d{2}:\d{2}:\d{2}$/);
    expect(lms.LMSGetLastError()).toBe('0');
  });

  it('records the session time, commits and finishes', () => {
    const { lms, reporter, time } = setUp();
    reporter.report(progress({}));
    time.advance(65_000);
    reporter.finish();
    expect(lms.LMSSetValue).toHaveBeenCalledWith('cmi.core.session_time', '0000:01:05.00');
    expect(lms.LMSCommit).toHaveBeenCalled();
    expect(lms.LMSFinish).toHaveBeenCalledTimes(1);
    reporter.report(finishedProgress(manifest));
    expect(lms.cmi.core.lesson_status).toBe('incomplete');
  });

  it('keeps the last suspend_data when the progress would not fit', () => {
    const slides = Array.from({ length: 30_000 }, (_, i) => `s${i}`);
    const huge = course([chapter('big', slides)]);
    const { lms, reporter } = setUp({}, [], huge);
    reporter.report(finishedProgress(huge));
    expect(lms.cmi.suspend_data).toBe('');
    expect(lms.cmi.core.lesson_status).toBe('completed');
  });

  it('carries on when the LMS throws', () => {
    const { lms, reporter, time } = setUp();
    vi.mocked(lms.LMSSetValue).mockImplementation(() => {
      throw new Error('LMS gone');
    });
    expect(() => {
      reporter.report(finishedProgress(manifest));
      time.advance(20_000);
      reporter.flush();
      reporter.finish();
    }).not.toThrow();
  });
});
