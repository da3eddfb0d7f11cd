import { describe, expect, it } from 'vitest';
import {
  formatClockTime,
  formatMasteryScore,
  formatScore,
  formatTimespan,
  keepBestStatus,
  lessonLocation,
  parseLessonLocation,
} from '../../../src/lms/scorm12/cmi-values.ts';
import { chapter, course } from './lms-fixtures.ts';

const manifest = course([chapter('a', ['a1', 'a2'], ['qa1', 'qa2']), chapter('b', ['b1'], ['qb'])]);

describe('keepBestStatus', () => {
  it.each([
    [null, 'incomplete', 'incomplete'],
    ['not attempted', 'incomplete', 'incomplete'],
    ['browsed', 'incomplete', 'incomplete'],
    ['incomplete', 'passed', 'passed'],
    ['failed', 'passed', 'passed'],
    ['passed', 'incomplete', 'passed'],
    ['passed', 'failed', 'passed'],
    ['completed', 'incomplete', 'completed'],
    ['completed', 'passed', 'passed'],
    // A failed test retaken and passed, other chapters still to do.
    ['failed', 'incomplete', 'incomplete'],
    ['incomplete', 'failed', 'failed'],
  ] as const)('LMS holds %s, course says %s: report %s', (held, next, reported) => {
    expect(keepBestStatus(held, next)).toBe(reported);
  });
});

describe('formats', () => {
  it.each([
    [0, '0'],
    [1, '100'],
    [0.85, '85'],
    [0.8 - 1e-12, '80'],
    [2 / 3, '66.66'],
    [0.875, '87.5'],
  ])('score %d is raw %s', (score, raw) => {
    expect(formatScore(score)).toBe(raw);
  });

  it('writes the mastery score from the pass mark', () => {
    expect(formatMasteryScore(0.8)).toBe('80');
    expect(formatMasteryScore(0.875)).toBe('87.5');
    expect(formatMasteryScore(0.7)).toBe('70');
  });

  it.each([
    [0, '0000:00:00.00'],
    [1234, '0000:00:01.23'],
    [((2 * 60 + 3) * 60 + 4) * 1000 + 560, '0002:03:04.56'],
    [12_345 * 3_600_000, '9999:59:59.99'],
    [-5, '0000:00:00.00'],
  ])('session time %d ms is %s', (ms, text) => {
    expect(formatTimespan(ms)).toBe(text);
    expect(text).toMatch(/^\d{4}:[0-5]\d:[0-5]\d\.\d{2}$/);
  });

  it('writes clock time as HH:MM:SS', () => {
    expect(formatClockTime(new Date(2024, 4, 6, 9, 5, 7).getTime())).toBe('09:05:07');
  });
});

describe('lesson location', () => {
  it('is chapter/slide for a slide of the course, and reads back', () => {
    expect(lessonLocation({ chapterId: 'a', slideId: 'a2' }, manifest)).toBe('a/a2');
    expect(parseLessonLocation('a/a2', manifest)).toEqual({ chapterId: 'a', slideId: 'a2' });
  });

  it('is nothing for positions and bookmarks the course does not have', () => {
    expect(lessonLocation(null, manifest)).toBeNull();
    expect(lessonLocation({ chapterId: 'a', slideId: 'gone' }, manifest)).toBeNull();
    for (const text of [null, '', 'a', 'a/gone', 'gone/a1', 'a/a1/x', '/a1']) expect(parseLessonLocation(text, manifest)).toBeNull();
  });
});
