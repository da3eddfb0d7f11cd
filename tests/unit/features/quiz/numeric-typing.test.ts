import { describe, expect, it } from 'vitest';
import { cannotBecomeNumber } from '../../../../src/features/quiz/numeric-typing.ts';

describe('a numeric answer while it is typed', () => {
  it('may still become a number: digits, signs, separators and percent in either width', () => {
    for (const text of ['', '1', '-', '12.', '1,2', '１２。', '－３', '+4 ', '15%', '１５％', '3,600 ']) expect(cannotBecomeNumber(text, null), text).toBe(false);
  });

  it('cannot once a letter or a stray symbol is in it', () => {
    for (const text of ['a', '12a', 'abc', '1/2', '#3', '3元']) expect(cannotBecomeNumber(text, null), text).toBe(true);
  });

  it('lets the quiz’s unit stand, in part or whole', () => {
    expect(cannotBecomeNumber('12 天', '天')).toBe(false);
    expect(cannotBecomeNumber('12 da', 'days')).toBe(false);
    expect(cannotBecomeNumber('12 DAYS', 'days')).toBe(false);
    expect(cannotBecomeNumber('12 weeks', 'days')).toBe(true);
  });
});
