import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumericAnswer } from '../../../src/quiz/numeric-input.ts';

describe('parseNumericAnswer', () => {
  it.each([
    ['25', 25],
    ['25%', 25],
    ['25 %', 25],
    ['25.0', 25],
    ['+25', 25],
    ['-3.5', -3.5],
    ['.5', 0.5],
    ['25.', 25],
    ['0', 0],
    ['-0', 0],
    ['007', 7],
    ['２５', 25],
    ['２５％', 25],
    ['２５ ％', 25],
    ['－３．５', -3.5],
    ['＋２５', 25],
    ['\u22123.5', -3.5],
    ['3．5', 3.5],
    ['3。5', 3.5],
    ['25。', 25],
    ['3,6', 3.6],
    ['３，６', 3.6],
    ['0,5', 0.5],
    ['0,500', 0.5],
    ['12,34', 12.34],
    ['1234,5', 1234.5],
    ['-3,6', -3.6],
    ['1,234', 1234],
    ['1,234.5', 1234.5],
    ['1，234', 1234],
    ['１，２３４．５', 1234.5],
    ['1,234,567', 1234567],
    ['-1,234.5', -1234.5],
    ['12 345', 12345],
    ['12 345.6', 12345.6],
    ['1 234 567', 1234567],
    ['12\u3000345', 12345],
    ['12\u00A0345', 12345],
    ['  25  ', 25],
    ['\u300025\u3000', 25],
    ['\t25\n', 25],
    ['\u3000２５％\u3000', 25],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumericAnswer(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['12h', 'h', 12],
    ['12 h', 'h', 12],
    ['12 H', 'h', 12],
    ['12ｈ', 'h', 12],
    ['30天', '天', 30],
    ['30 天', '天', 30],
    ['1,200元', '元', 1200],
    ['1.5倍', '倍', 1.5],
    ['１．５ 倍', '倍', 1.5],
    ['25%', '%', 25],
    ['25％', '%', 25],
    ['25%', 'h', 25],
    ['12', 'h', 12],
  ])('reads %j with unit %j as %d', (text, unit, value) => {
    expect(parseNumericAnswer(text, unit)).toEqual({ ok: true, value });
  });

  it.each(['', '   ', '\u3000', '\t\n'])('reports %j as empty', (text) => {
    expect(parseNumericAnswer(text)).toEqual({ ok: false, reason: 'empty' });
  });

  it.each([
    'abc',
    '1.2.3',
    '--5',
    '+-5',
    '- 5',
    '25%%',
    '25 % %',
    '%',
    '%25',
    '.',
    '-',
    '+',
    '1e3',
    'Infinity',
    'NaN',
    '0x10',
    '25abc',
    '25h',
    '1,23,456',
    '1,234,5',
    '1,2345.6',
    '12,345,',
    ',5',
    '1 234,5',
    '1.234,5',
    '1,234 567',
    '12  345',
    '1 2',
    '25 天 天',
    '9'.repeat(400),
  ])('rejects %j', (text) => {
    expect(parseNumericAnswer(text)).toEqual({ ok: false, reason: 'not_a_number' });
  });

  it('rejects a unit that is not the quiz unit', () => {
    expect(parseNumericAnswer('30天', 'h').ok).toBe(false);
    expect(parseNumericAnswer('30 元', null).ok).toBe(false);
  });

  it('reads back any plain decimal it is given', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 4 }), (n, places) => {
        const value = n / 10 ** places;
        expect(parseNumericAnswer(value.toFixed(places))).toEqual({ ok: true, value: Number(value.toFixed(places)) });
      }),
    );
  });

  it('reads full-width spellings as their ASCII counterparts', () => {
    const toFullWidth = (text: string) =>
      text.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }), (n) => {
        const text = `${(n / 100).toFixed(2)}%`;
        expect(parseNumericAnswer(toFullWidth(text))).toEqual(parseNumericAnswer(text));
      }),
    );
  });

  it('never throws and only returns finite numbers', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.option(fc.string(), { nil: null }), (text, unit) => {
        const result = parseNumericAnswer(text, unit);
        if (result.ok) expect(Number.isFinite(result.value)).toBe(true);
      }),
    );
  });
});
