import { z } from 'zod';
import { REMINDER_BODY_MAX, REMINDER_RECIPIENTS_MAX, REMINDER_SUBJECT_MAX, STALL_DAYS_DEFAULT, STALL_DAYS_MAX } from '../../protocol/reminders.ts';
import { identifier, isoDate, isTimeZone, text, UNPRINTABLE, uuid } from './fields.ts';

/** The manager's toolkit: cohort admin, item analysis, who is behind and reminders. */

export const cohortPatchBody = z
  .object({
    name: text(120).optional(),
    dueDate: isoDate.nullable().optional(),
  })
  .refine((body) => body.name !== undefined || body.dueDate !== undefined, 'Send name, dueDate or both.');

export const cohortListQuery = z.object({
  archived: z.enum(['0', '1']).default('0').transform((value) => value === '1'),
});

export const removeLearnerBody = z.object({
  mode: z.enum(['keep', 'erase'], { error: 'Expected mode "keep" (the record stays) or "erase" (everything is deleted).' }),
});

const locale = z.enum(['zh-CN', 'en']).default('zh-CN');

export const itemsQuery = z.object({ chapter: identifier().optional() });

export const itemsCsvQuery = z.object({ chapter: identifier(), locale });

export const behindQuery = z.object({
  days: z.coerce
    .number({ error: 'Expected a number of days.' })
    .int('Expected whole days.')
    .min(1, 'At least 1 day.')
    .max(STALL_DAYS_MAX, `At most ${STALL_DAYS_MAX} days.`)
    .default(STALL_DAYS_DEFAULT),
});

export const reminderBody = z.object({
  learnerIds: z.array(uuid).min(1, 'Choose at least one learner.').max(REMINDER_RECIPIENTS_MAX, `At most ${REMINDER_RECIPIENTS_MAX} learners at once.`),
  subject: text(REMINDER_SUBJECT_MAX),
  // Line breaks and tabs are the message's own; other control and invisible characters are refused.
  body: z
    .string({ error: 'Expected text.' })
    .trim()
    .min(1, 'Must not be empty.')
    .max(REMINDER_BODY_MAX, `Must be at most ${REMINDER_BODY_MAX} characters.`)
    .refine((value) => !UNPRINTABLE.test(value.replace(/\r?\n|\t/g, ' ')), 'Must not contain control or invisible characters.'),
});

/** A time zone for the dates in a file; the server's own by default. */
export const timeZone = z
  .string()
  .max(64)
  .refine(isTimeZone, 'Expected a time zone name such as Asia/Shanghai.')
  .default(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
