import { describe, expect, it } from 'vitest';
import { claimLocalProgress, LEARNER_KEY } from '../../../src/lms/learner-guard.ts';
import { resumeHash } from '../../../src/lms/resume-route.ts';

describe('resumeHash', () => {
  const bookmark = { chapterId: 'kpis', slideId: 'a b' };

  it('opens a launch at the course start on the bookmarked slide', () => {
    for (const hash of ['', '#', '#/']) expect(resumeHash(hash, bookmark)).toBe('#/learn/kpis/a%20b');
  });

  it('leaves an explicit route, or a launch without a bookmark, alone', () => {
    expect(resumeHash('#/progress', bookmark)).toBeNull();
    expect(resumeHash('', null)).toBeNull();
  });
});

describe('claimLocalProgress', () => {
  it('claims the browser for the first learner and keeps it for them', () => {
    expect(claimLocalProgress(localStorage, 'ana')).toBe('own');
    expect(localStorage.getItem(LEARNER_KEY)).toBe('ana');
    expect(claimLocalProgress(localStorage, 'ana')).toBe('own');
  });

  it('tells when the saved progress is another learner’s, and hands the browser over', () => {
    claimLocalProgress(localStorage, 'ana');
    expect(claimLocalProgress(localStorage, 'ben')).toBe('other');
    expect(claimLocalProgress(localStorage, 'ben')).toBe('own');
  });

  it('changes nothing for an unknown learner or unusable storage', () => {
    claimLocalProgress(localStorage, 'ana');
    expect(claimLocalProgress(localStorage, '')).toBe('own');
    expect(claimLocalProgress(localStorage, null)).toBe('own');
    expect(localStorage.getItem(LEARNER_KEY)).toBe('ana');
    expect(claimLocalProgress(null, 'ben')).toBe('own');
    const broken = { getItem: () => { throw new Error('denied'); } } as unknown as Storage;
    expect(claimLocalProgress(broken, 'ben')).toBe('own');
  });
});
