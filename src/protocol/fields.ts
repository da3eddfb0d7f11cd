import { z } from 'zod';
import { DEFAULT_LOCALE, LOCALES } from '../content/types.ts';
import { UNPRINTABLE } from './constants.ts';

/** The field rules every schema of the contract is built from. */

/**
 * Text from people: any script, stored as sent (composed to NFC, surrounding spaces trimmed),
 * never interpreted. Control and invisible characters are refused; `max` counts characters.
 */
export function text(max: number) {
  return z
    .string({ error: 'Expected text.' })
    .transform((value) => value.normalize('NFC').trim())
    .pipe(
      z
        .string()
        .min(1, 'Must not be empty.')
        .refine((value) => [...value].length <= max, `Must be at most ${max} characters.`)
        .refine((value) => !UNPRINTABLE.test(value), 'Must not contain control or invisible characters.'),
    );
}

/** An optional text field: missing, null or blank all mean "not given". */
export function optionalText(max: number) {
  return clearableText(max).transform((value) => value ?? null);
}

const blankAsNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);

/** Like `optionalText`, but keeps "missing" (undefined) apart from "cleared" (null). */
export function clearableText(max: number) {
  return z.preprocess(blankAsNull, text(max).nullable().optional());
}

/** Like `clearableText`, and only what `pattern` matches (after trimming). */
export function clearablePatterned(max: number, pattern: RegExp, message: string) {
  return z.preprocess(blankAsNull, text(max).refine((value) => pattern.test(value), message).nullable().optional());
}

/** An optional e-mail address (for reminders): missing keeps it, null or blank clears it. */
export function clearableEmail(max: number) {
  return z.preprocess(
    blankAsNull,
    z.string({ error: 'Expected an e-mail address.' }).trim().max(max, `Must be at most ${max} characters.`).pipe(z.email('Expected an e-mail address.')).nullable().optional(),
  );
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

/** The language of a file the server writes (CSV headings). */
export const fileLocale = z.enum(LOCALES).default(DEFAULT_LOCALE);

export function hasNul(value: unknown): boolean {
  return JSON.stringify(value).includes('\\u0000');
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone for the dates in a file (`Asia/Shanghai`); the server's own by default. */
export const timeZone = z
  .string()
  .max(64)
  .refine(isTimeZone, 'Expected a time zone name such as Asia/Shanghai.')
  .default(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
