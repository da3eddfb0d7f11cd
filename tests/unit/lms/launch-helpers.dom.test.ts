import { describe, expect, it } from 'vitest';
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
