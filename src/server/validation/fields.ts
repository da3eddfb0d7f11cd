import { z } from 'zod';

/**
 * Text from people: any script, stored exactly as sent (only surrounding spaces trimmed), never
 * interpreted. Control characters are refused; PostgreSQL cannot store NUL at all.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

export function text(max: number) {
  return z
    .string({ error: 'Expected text.' })
    .trim()
    .min(1, 'Must not be empty.')
    .max(max, `Must be at most ${max} characters.`)
    .refine((value) => !CONTROL.test(value), 'Must not contain control characters.');
}

/** An optional text field: missing, null or blank all mean "not given". */
export function optionalText(max: number) {
  return clearableText(max).transform((value) => value ?? null);
}

/** Like `optionalText`, but keeps "missing" (undefined) apart from "cleared" (null). */
export function clearableText(max: number) {
  return z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? null : value), text(max).nullable().optional());
}

/** Ids of chapters, slides, quizzes and attempts: short, no spaces. */
export function identifier(max = 100) {
  return z
    .string({ error: 'Expected an id.' })
    .min(1, 'Must not be empty.')
    .max(max, `Must be at most ${max} characters.`)
    .regex(/^[A-Za-z0-9._:-]+$/, 'May contain only letters, digits and . _ : -');
}

export const uuid = z.guid('Expected a UUID.');

/** `YYYY-MM-DD`, a real calendar date. */
export const isoDate = z.iso.date({ error: 'Expected a date as YYYY-MM-DD.' });

export function hasNul(value: unknown): boolean {
  return JSON.stringify(value).includes('\\u0000');
}

/** An IANA time zone name such as `Asia/Shanghai`. */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
