/** Who is behind in a cohort, and the reminders a manager sends them. */

export type BehindReason = 'overdue' | 'stalled';

export interface BehindLearner {
  id: string;
  displayName: string;
  employeeId: string | null;
  team: string | null;
  /** The learner's own address for reminders, if they gave one. */
  email: string | null;
  joinedAt: number;
  lastActivityAt: number | null;
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

export const STALL_DAYS_DEFAULT = 7;
export const STALL_DAYS_MAX = 365;
export const REMINDER_SUBJECT_MAX = 150;
export const REMINDER_BODY_MAX = 4000;
/** Most learners one reminder request may name. */
export const REMINDER_RECIPIENTS_MAX = 500;

export interface ReminderRequest {
  learnerIds: string[];
  subject: string;
  /** Plain text; `{name}` becomes each learner's display name. */
  body: string;
}

export interface ReminderResult {
  /** Learners an e-mail went to. */
  sent: string[];
  /** Learners without an address: remind them another way. */
  noEmail: string[];
  /** Learners the mail server refused or could not be reached for. */
  failed: string[];
}
