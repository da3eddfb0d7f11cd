/**
 * Reads what a trainee types into a numeric quiz: ASCII or full-width, Chinese or English
 * decimal and thousands conventions, with or without the unit.
 */

export type NumericParseResult =
  | { ok: true; value: number }
  | { ok: false; reason: 'empty' | 'not_a_number' };

const FULL_WIDTH_FORMS = /[\uFF01-\uFF5E]/g;
const FULL_WIDTH_OFFSET = 0xfee0;
const SPACES = /[\u00A0\u2007\u2009\u202F\u3000]/g;

const PLAIN = /^(?:\d+\.?\d*|\.\d+)$/;
// A leading zero group or a group that is not exactly three digits means the separator cannot be
// a thousands separator, which is what lets `0,500` and `3,6` read as decimals.
const GROUPED = /^[1-9]\d{0,2}([, ])\d{3}(?:\1\d{3})*(?:\.\d*)?$/;
const DECIMAL_COMMA = /^\d+,\d+$/;

/** `%` is accepted whatever the quiz's unit, since trainees add it to any percentage answer. */
export function parseNumericAnswer(text: string, unit: string | null = null): NumericParseResult {
  const normalized = normalize(text).trim();
  if (normalized === '') return { ok: false, reason: 'empty' };
  const value = readNumber(stripUnit(normalized, unit).trimEnd());
  return value === null ? { ok: false, reason: 'not_a_number' } : { ok: true, value };
}

function normalize(text: string): string {
  return text
    .replace(FULL_WIDTH_FORMS, (char) => String.fromCharCode(char.charCodeAt(0) - FULL_WIDTH_OFFSET))
    .replace(SPACES, ' ')
    .replaceAll('。', '.')
    .replaceAll('\u2212', '-');
}

function stripUnit(text: string, unit: string | null): string {
  const units = [unit === null ? '' : normalize(unit).trim(), '%'].filter((u) => u !== '');
  const lower = text.toLowerCase();
  const found = units.find((u) => lower.endsWith(u.toLowerCase()));
  return found === undefined ? text : text.slice(0, text.length - found.length);
}

function readNumber(text: string): number | null {
  const sign = text.startsWith('-') || text.startsWith('+') ? text.slice(0, 1) : '';
  const body = text.slice(sign.length);
  let digits: string;
  if (PLAIN.test(body)) digits = body;
  else if (GROUPED.test(body)) digits = body.replace(/[, ]/g, '');
  else if (DECIMAL_COMMA.test(body)) digits = body.replace(',', '.');
  else return null;
  const value = Number(sign + digits);
  if (!Number.isFinite(value)) return null;
  return value === 0 ? 0 : value;
}
