/**
 * The contract's fixed values: the names the wire uses and the limits both sides hold it to.
 * Nothing here imports zod, so any page may import it; the schema modules (events, learners,
 * cohorts, reports, …) build their rules on these values, and client code imports only types
 * from them.
 */

// Progress events (events.ts).

export const EVENT_TYPES = ['slide_seen', 'quiz_submitted', 'chapter_completed'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * What the server concluded about an attempt:
 * - `graded`: graded by the server; `score` is its score.
 * - `wrong_questions`: the answers were not for the questions the seed draws (no score).
 * - `cooldown`, `daily_limit`: taken against the attempt rules of `course.yaml` (no score).
 * - `unverified`: recorded before the server graded attempts; kept as the device reported it.
 */
export const VERDICTS = ['graded', 'wrong_questions', 'cooldown', 'daily_limit', 'unverified'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Events per batch the server takes. */
export const MAX_BATCH = 500;
/** Bytes of JSON in one batch (the device sends far less). */
export const EVENTS_BODY_LIMIT = 512 * 1024;
/** One attempt's answers: at most this many questions, and this many bytes of JSON. */
export const ANSWERS_MAX = { count: 100, jsonBytes: 8 * 1024 } as const;

/** Events per page of `GET /api/me/progress` (`limit` in the query, at most `MAX_PROGRESS_PAGE`). */
export const PROGRESS_PAGE = 1000;
export const MAX_PROGRESS_PAGE = 5000;

/**
 * What one learner may store: far beyond what reading the course and taking its tests produce,
 * small enough that one learner cannot fill the server.
 */
export const LEARNER_QUOTA = { events: 20_000, answerBytes: 4 * 1024 * 1024 } as const;

// People and their names (learners.ts, cohorts.ts, managers.ts).

/**
 * C0 and C1 controls, and the invisible marks that reorder or hide text (bidi overrides and
 * isolates, zero widths, the byte-order mark): a name containing them can pose as another.
 */
// eslint-disable-next-line no-control-regex
export const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

/** What a learner gives about themselves, in characters: long enough for any real name or team, short enough for the certificate. */
export const LEARNER_FIELD_MAX = { displayName: 40, employeeId: 32, team: 60, email: 254 } as const;
/** An employee id: letters, digits, `.`, `_` and `-`. */
export const EMPLOYEE_ID_PATTERN = /^[\p{L}\p{N}._-]+$/u;
/** Longest enrollment code accepted as typed (before spaces and dashes are dropped). */
export const ENROLLMENT_CODE_MAX = 32;

export const COHORT_NAME_MAX = 120;
export const MANAGER_NAME_MAX = 80;
export const PASSWORD_MAX_LENGTH = 200;

// Reports (reports.ts) and the manager's toolkit (item-analysis.ts, reminders.ts).

/** A learner's state in a cohort as the matrix filters it (`overdue`: unfinished past the due date). */
export const STATUS_FILTERS = ['not_started', 'in_progress', 'completed', 'overdue'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];
export const MATRIX_SORTS = ['name', 'employeeId', 'team', 'progress', 'completed', 'lastActive', 'joined'] as const;
export type MatrixSort = (typeof MATRIX_SORTS)[number];
/** Learners in one answer of the matrix: enough for a whole cohort's charts in one call. */
export const MATRIX_LIMIT_MAX = 10_000;

/** Attempts per page of a learner's detail (`attempts` in the query, at most `MAX_ATTEMPTS_PAGE`). */
export const ATTEMPTS_PAGE = 50;
export const MAX_ATTEMPTS_PAGE = 500;

export const STALL_DAYS_DEFAULT = 7;
export const STALL_DAYS_MAX = 365;
export const REMINDER_SUBJECT_MAX = 150;
export const REMINDER_BODY_MAX = 4000;
/** Most learners one reminder request may name. */
export const REMINDER_RECIPIENTS_MAX = 500;

// Live sessions (live.ts).

/** The quiz kinds a poll can be (an order question has no short distribution to show). */
export type PollKind = 'single' | 'multiple' | 'truefalse' | 'numeric';

/** Shortest and longest countdown a presenter may give a poll, in seconds. */
export const POLL_SECONDS = { min: 5, max: 600 } as const;
/** Options one poll may have (A–Z). */
export const POLL_OPTIONS_MAX = 26;

/** `open`: whoever has the code is in; `approval`: the presenter lets each participant in. */
export const ADMISSIONS = ['open', 'approval'] as const;
export type Admission = (typeof ADMISSIONS)[number];

/** Longest display name in a live session, in characters (code points). */
export const LIVE_NAME_MAX = 40;
