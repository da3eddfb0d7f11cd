import { z } from 'zod';

/**
 * C0 and C1 controls, and the invisible marks that reorder or hide text (bidi overrides and
 * isolates, zero widths, the byte-order mark): a name containing them can pose as another.
 */
// eslint-disable-next-line no-control-regex
export const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

/**
 * Text from people: any script, stored as sent (composed to NFC, surrounding spaces trimmed),
 * never interpreted. Control and invisible characters are refused.
 */
export function text(max: number) {
  return z
    .string({ error: 'Expected text.' })
    .transform((value) => value.normalize('NFC').trim())
    .pipe(
      z
        .string()
        .min(1, 'Must not be empty.')
        .max(max, `Must be at most ${max} characters.`)
        .refine((value) => !UNPRINTABLE.test(value), 'Must not contain control or invisible characters.'),
    );
}

/** An optional text field: missing, null or blank all mean "not given". */
export function optionalText(max: number) {
  return clearableText(max).transform((value) => value ?? null);
}

/** Like `optionalText`, but keeps "missing" (undefined) apart from "cleared" (null). */
export function clearableText(max: number) {
  return z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? null : value), text(max).nullable().optional());
}

/** An optional e-mail address (for reminders): missing keeps it, null or blank clears it. */
export const clearableEmail = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? null : value),
  z.string({ error: 'Expected an e-mail address.' }).trim().max(254, 'Must be at most 254 characters.').pipe(z.email('Expected an e-mail address.')).nullable().optional(),
);

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
