import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from '../auth/password.ts';
import { MAX_PROGRESS_PAGE, PROGRESS_PAGE } from '../../protocol/events.ts';
import { ATTEMPTS_PAGE, MAX_ATTEMPTS_PAGE } from '../../protocol/reports.ts';
import { clearableEmail, clearableText, isoDate, isTimeZone, optionalText, text, uuid } from './fields.ts';

export const loginBody = z.object({
  email: z.string({ error: 'Expected an e-mail address.' }).trim().toLowerCase().max(254).pipe(z.email('Expected an e-mail address.')),
  password: z.string({ error: 'Expected a password.' }).min(1, 'Must not be empty.').max(PASSWORD_MAX_LENGTH),
});

export const createCohortBody = z.object({
  name: text(120),
  dueDate: isoDate.nullable().optional().transform((value) => value ?? null),
});

export const joinBody = z.object({
  code: z.string({ error: 'Expected an enrollment code.' }).min(1, 'Must not be empty.').max(32, 'Must be at most 32 characters.'),
  displayName: text(80),
  employeeId: optionalText(64),
  team: optionalText(80),
  email: clearableEmail.transform((value) => value ?? null),
});

/** A change to the learner's own profile: absent fields stay, null or blank clears employeeId/team. */
export const profileBody = z
  .object({
    displayName: text(80).optional(),
    employeeId: clearableText(64),
    team: clearableText(80),
    email: clearableEmail,
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), 'Send at least one of displayName, employeeId, team, email.');

export const cohortParams = z.object({ id: uuid });
export const learnerParams = z.object({ id: uuid, learnerId: uuid });

/** A page of a learner's attempts: `before` is the previous page's `nextAttempts`. */
export const learnerDetailQuery = z.object({
  attempts: z.coerce.number().int().min(1).max(MAX_ATTEMPTS_PAGE).default(ATTEMPTS_PAGE),
  before: z
    .string()
    .regex(/^\d{1,16}_[0-9a-f-]{36}$/, 'Expected the nextAttempts value of the previous page.')
    .transform((cursor) => {
      const [at, eventId] = cursor.split('_') as [string, string];
      return { at: Number(at), eventId };
    })
    .optional(),
});

/** A page of the learner's own events: `after` is the previous page's `next`. */
export const progressQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PROGRESS_PAGE).default(PROGRESS_PAGE),
  after: z.string().regex(/^\d{1,16}_[0-2]_[0-9a-f-]{36}$/, 'Expected the next value of the previous page.').optional(),
});

export const MATRIX_SORTS = ['name', 'employeeId', 'team', 'progress', 'completed', 'lastActive', 'joined'] as const;
export const LEARNER_STATUSES = ['not_started', 'in_progress', 'completed', 'overdue'] as const;

export const matrixQuery = z.object({
  sort: z.enum(MATRIX_SORTS).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
  status: z.enum(LEARNER_STATUSES).optional(),
  team: z.string().max(80).optional(),
  q: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(10_000).default(1000),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});

export const exportQuery = matrixQuery.omit({ limit: true, offset: true }).extend({
  locale: z.enum(['zh-CN', 'en']).default('zh-CN'),
  /** Time zone for the dates in the file; the server's own by default. */
  tz: z
    .string()
    .max(64)
    .refine(isTimeZone, 'Expected a time zone name such as Asia/Shanghai.')
    .default(() => Intl.DateTimeFormat().resolvedOptions().timeZone),
});

export type MatrixQuery = z.infer<typeof matrixQuery>;
