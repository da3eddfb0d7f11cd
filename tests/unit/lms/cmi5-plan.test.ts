import { describe, expect, it } from 'vitest';
import { actorKey, cmi5StorageScope, readCmi5Launch } from '../../../src/lms/cmi5/launch.ts';
import { planStatements } from '../../../src/lms/cmi5/statement-plan.ts';
import { isoDuration } from '../../../src/lms/cmi5/terminated.ts';
import type { JudgedChapter, JudgedCourse } from '../../../src/lms/course-record.ts';

function chapterOf(id: string, read: boolean, bestScore: number | null): JudgedChapter {
  return { chapterId: id, hasTest: true, seenCount: 1, slideCount: 1, read, bestScore, complete: read && bestScore !== null && bestScore >= 0.8, status: 'incomplete' };
}

function course(chapters: JudgedChapter[]): JudgedCourse {
  const tested = chapters.filter((c) => c.hasTest);
  return {
    chapters,
    status: 'incomplete',
    score: null,
    allRead: chapters.every((c) => c.read),
    allPassed: tested.every((c) => c.bestScore !== null && c.bestScore >= 0.8),
    percent: 0,
  };
}

const nothingTold = { completed: false, passed: false, progress: 0 };

describe('planStatements', () => {
  it('sends progressed as chapters are read, then completed once (never progress after it)', () => {
    const half = course([chapterOf('a', true, null), chapterOf('b', false, null)]);
    expect(planStatements({ judged: half, told: nothingTold, passMark: 0.8, masteryScore: 0.8, newFailure: false })).toEqual([{ verb: 'progressed', percent: 50 }]);
    expect(planStatements({ judged: half, told: { ...nothingTold, progress: 50 }, passMark: 0.8, masteryScore: 0.8, newFailure: false })).toEqual([]);
    const read = course([chapterOf('a', true, null), chapterOf('b', true, null)]);
    expect(planStatements({ judged: read, told: nothingTold, passMark: 0.8, masteryScore: 0.8, newFailure: false })).toEqual([{ verb: 'completed' }]);
    expect(planStatements({ judged: read, told: { ...nothingTold, completed: true }, passMark: 0.8, masteryScore: 0.8, newFailure: false })).toEqual([]);
  });

  it('sends passed once, with the course score, when every chapter test is passed', () => {
    const passed = course([chapterOf('a', false, 0.9), chapterOf('b', false, 0.8)]);
    expect(planStatements({ judged: passed, told: { ...nothingTold, progress: 100 }, passMark: 0.8, masteryScore: 0.8, newFailure: false })).toEqual([{ verb: 'passed', scaled: 0.85 }]);
    expect(planStatements({ judged: passed, told: { ...nothingTold, passed: true }, passMark: 0.8, masteryScore: 0.8, newFailure: false })).toEqual([]);
  });

  it('judges by the LMS’s mastery score when it sets a higher one, and fails below it', () => {
    const passed = course([chapterOf('a', false, 0.9), chapterOf('b', false, 0.8)]);
    expect(planStatements({ judged: passed, told: { ...nothingTold, progress: 100 }, passMark: 0.8, masteryScore: 0.9, newFailure: false })).toEqual([{ verb: 'failed', scaled: 0.85 }]);
  });

  it('sends failed, without a score, for a test failed in this session, never after passed', () => {
    const failing = course([chapterOf('a', false, 0.2), chapterOf('b', false, null)]);
    expect(planStatements({ judged: failing, told: { ...nothingTold, progress: 100 }, passMark: 0.8, masteryScore: 0.8, newFailure: true })).toEqual([{ verb: 'failed', scaled: null }]);
    expect(planStatements({ judged: failing, told: { ...nothingTold, progress: 100, passed: true }, passMark: 0.8, masteryScore: 0.8, newFailure: true })).toEqual([]);
  });
});

describe('the cmi5 launch', () => {
  const actor = { objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'ana' } };
  const query = (params: Record<string, string>) => `?${new URLSearchParams(params)}`;
  const full = { endpoint: 'https://lrs.example/xapi/', fetch: 'https://lms.example/fetch/1', actor: JSON.stringify(actor), registration: 'r-1', activityId: 'https://lms.example/au/1' };

  it('reads the five launch parameters, in any order', () => {
    expect(readCmi5Launch(query(full))).toMatchObject({ registration: 'r-1', actor });
    expect(cmi5StorageScope('ops', readCmi5Launch(query(full))!)).toBe(`lms:ops:cmi5:${encodeURIComponent('account:https://lms.example|ana')}:r-1`);
  });

  it('is no cmi5 launch when a parameter is missing or the actor is not an Agent', () => {
    for (const name of Object.keys(full)) expect(readCmi5Launch(query({ ...full, [name]: '' }))).toBeNull();
    expect(readCmi5Launch(query({ ...full, actor: '{not json' }))).toBeNull();
    expect(readCmi5Launch(query({ ...full, actor: '{"name":"no identifier"}' }))).toBeNull();
    expect(actorKey({ mbox: 'mailto:ana@example.com' })).toBe('mbox:mailto:ana@example.com');
  });

  it('writes durations as ISO 8601', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(3_723_450)).toBe('PT1H2M3.45S');
  });
});
