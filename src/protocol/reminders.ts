import { z } from 'zod';
import { REMINDER_BODY_MAX, REMINDER_RECIPIENTS_MAX, REMINDER_SUBJECT_MAX, STALL_DAYS_DEFAULT, STALL_DAYS_MAX, UNPRINTABLE } from './constants.ts';
import { text, uuid } from './fields.ts';
import type { PublicLearner } from './learners.ts';

/** Who is behind in a cohort, and the reminders a manager sends them. */

/** `GET …/behind?days=`: learners overdue, or without activity for `days`. */
export const behindQuery = z.object({
  days: z.coerce
    .number({ error: 'Expected a number of days.' })
    .int('Expected whole days.')
    .min(1, 'At least 1 day.')
    .max(STALL_DAYS_MAX, `At most ${STALL_DAYS_MAX} days.`)
    .default(STALL_DAYS_DEFAULT),
});

/** `POST …/reminders`. The body is plain text; `{name}` becomes each learner's display name. */
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
export type ReminderRequest = z.input<typeof reminderBody>;

export type BehindReason = 'overdue' | 'stalled';

/** A learner behind; `email` is their own address for reminders, if they gave one. */
export interface BehindLearner extends PublicLearner {
  /** When a reminder was last e-mailed to them (epoch ms), or null. */
  remindedAt: number | null;
  completedChapters: number;
  /** Share of all the course's slides seen, 0..100. */
  progressPercent: number;
  reasons: BehindReason[];
}

export interface BehindList {
  cohortId: string;
  /** The stall threshold used: no activity (or, before any, no start) for this many days. */
  days: number;
  dueDate: string | null;
  /** Whether this server can send e-mail (SMTP configured). */
  mailConfigured: boolean;
  learners: BehindLearner[];
}

export interface ReminderResult {
  /** Learners an e-mail went to. */
  sent: string[];
  /** Learners without an address: remind them another way. */
  noEmail: string[];
  /** Learners the mail server refused or could not be reached for. */
  failed: string[];
}
