import { describe, expect, it } from 'vitest';
import type { CourseManifest, ManifestChapter } from '../../../../src/content/types.ts';
import { continueTarget } from '../../../../src/features/home/continue-target.ts';
import type { ChapterRecord, ProgressData } from '../../../../src/progress/progress-schema.ts';

function chapter(id: string, order: number, slideIds: string[]): ManifestChapter {
  const summary = { title: id, summary: '', duration: 10 };
  return { id, order, plannedTitle: { 'zh-CN': id, en: id }, slideIds, quizIds: [], testSize: 2, locales: { 'zh-CN': summary, en: summary } };
}

const manifest: CourseManifest = {
  courseId: 'c',
  title: { 'zh-CN': '课程', en: 'Course' },
  passMark: 0.8,
  test: { questions: 2, cooldownMinutes: 0, attemptsPerDay: 0 },
  chapters: [chapter('one', 1, ['a', 'b']), chapter('two', 2, ['c', 'd', 'e']), chapter('three', 3, ['f']), chapter('four', 4, [])],
} as CourseManifest;

function record(seen: string[], score: number | null = null): ChapterRecord {
  return {
    seen: Object.fromEntries(seen.map((id) => [id, 1])),
    attempts: score === null ? [] : [{ id: 'x', at: 2, score, answers: {}, quizIds: ['q1', 'q2'], seed: 1 }],
    completedAt: null,
  };
}

type State = Pick<ProgressData, 'chapters' | 'lastPosition'>;
const at = (chapterId: string, slideId: string) => ({ chapterId, slideId, at: 5 });

describe('where "continue" leads', () => {
  it('starts the first chapter when nothing is read', () => {
    expect(continueTarget({ chapters: {}, lastPosition: null }, manifest)).toEqual({ kind: 'start', chapterId: 'one', href: '/learn/one' });
  });

  it('returns to the last place while its chapter is unfinished', () => {
    const state: State = { chapters: { two: record(['c']) }, lastPosition: at('two', 'd') };
    expect(continueTarget(state, manifest)).toEqual({ kind: 'read', chapterId: 'two', href: '/learn/two/d' });
  });

  it('moves on from a finished chapter to the first unread slide of the first unfinished one', () => {
    const state: State = { chapters: { one: record(['a', 'b'], 1), two: record(['c']) }, lastPosition: at('one', 'b') };
    expect(continueTarget(state, manifest)).toEqual({ kind: 'read', chapterId: 'two', href: '/learn/two/d' });
  });

  it('takes an unfinished chapter before a later one, even when the last place is further on', () => {
    const state: State = { chapters: { three: record(['f'], 0.9) }, lastPosition: at('three', 'f') };
    expect(continueTarget(state, manifest)).toEqual({ kind: 'start', chapterId: 'one', href: '/learn/one' });
    const later: State = { chapters: { one: record(['a', 'b'], 1), three: record(['f'], 0.9) }, lastPosition: at('three', 'f') };
    expect(continueTarget(later, manifest)).toEqual({ kind: 'read', chapterId: 'two', href: '/learn/two' });
  });

  it('points at the test of a chapter whose slides are all read but whose test is not passed', () => {
    const state: State = { chapters: { one: record(['a', 'b'], 0.5) }, lastPosition: at('one', 'b') };
    expect(continueTarget(state, manifest)).toEqual({ kind: 'read', chapterId: 'one', href: '/learn/one/b' });
    expect(continueTarget({ ...state, lastPosition: null }, manifest)).toEqual({ kind: 'test', chapterId: 'one', href: '/learn/one#chapter-test' });
  });

  it('leads to the certificate once every written chapter is complete', () => {
    const state: State = {
      chapters: { one: record(['a', 'b'], 1), two: record(['c', 'd', 'e'], 0.8), three: record(['f'], 0.9) },
      lastPosition: at('three', 'f'),
    };
    expect(continueTarget(state, manifest)).toEqual({ kind: 'certificate', href: '/progress/certificate' });
  });

  it('has nothing to offer in a course with nothing written', () => {
    expect(continueTarget({ chapters: {}, lastPosition: null }, { ...manifest, chapters: [chapter('four', 1, [])] })).toBeNull();
  });
});
