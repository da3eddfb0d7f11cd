import { z } from 'zod';
import { ADMISSIONS } from '../../protocol/live.ts';
import { identifier, UNPRINTABLE, uuid } from '../validation/fields.ts';
import { POLL_SECONDS } from '../../protocol/live.ts';
import { MAX_NAME_LENGTH } from './options.ts';

/** A participant's display name: trimmed, 1–40 characters, nothing invisible. */
export const displayName = z
  .string({ error: 'Expected a display name.' })
  .max(MAX_NAME_LENGTH * 4, `Must be at most ${MAX_NAME_LENGTH} characters.`)
  .transform((value) => value.normalize('NFC').trim())
  .refine((value) => value.length > 0, 'Must not be empty.')
  .refine((value) => [...value].length <= MAX_NAME_LENGTH, `Must be at most ${MAX_NAME_LENGTH} characters.`)
  .refine((value) => !UNPRINTABLE.test(value), 'Must not contain control or invisible characters.');

/** The code in the address; its shape is checked by `normaliseRoomCode`. */
export const roomParams = z.object({ code: z.string().min(1).max(16) });

export const createRoomBody = z.object({ chapterId: identifier(), slideId: identifier().optional() });
export const roomQuery = z.object({ chapterId: identifier() });
export const joinBody = z.object({ name: displayName });
export const slideBody = z.object({ slideId: identifier() });
export const participantParams = z.object({ participantId: uuid });
export const admissionBody = z.object({ admission: z.enum(ADMISSIONS, { error: 'Expected admission "open" or "approval".' }) });
export const eventsQuery = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'Expected a participant token.').optional() });

const optionId = identifier(20);
const where = {
  slideId: identifier(),
  quizId: identifier(),
  seconds: z.number().int().min(POLL_SECONDS.min).max(POLL_SECONDS.max, `A countdown is at most ${POLL_SECONDS.max} seconds.`).optional(),
};
const finite = z.number({ error: 'Expected a number.' }).min(-1e12).max(1e12);

export const pollBody = z.discriminatedUnion(
  'kind',
  [
    z.object({
      ...where,
      kind: z.enum(['single', 'multiple']),
      options: z.array(optionId).min(2, 'A poll needs at least two options.').max(26, 'At most 26 options.'),
      correct: z.array(optionId).max(26),
    }),
    z.object({ ...where, kind: z.literal('truefalse'), answer: z.boolean() }),
    z.object({ ...where, kind: z.literal('numeric'), answer: finite, tolerance: z.number().min(0).max(1e12) }),
  ],
  { error: 'Expected kind single, multiple, truefalse or numeric (order questions cannot be polled).' },
);

export const pollActionBody = z.object({ pollId: z.string().regex(/^p\d{1,6}$/, 'Expected a poll id such as p1.').optional() }).default({});

export const answerBody = z.union(
  [
    z.object({ pollId: z.string().regex(/^p\d{1,6}$/), choices: z.array(optionId).min(1, 'Choose at least one option.').max(26) }),
    z.object({ pollId: z.string().regex(/^p\d{1,6}$/), value: finite }),
  ],
  { error: 'Expected { pollId, choices: [ … ] } or { pollId, value: number }.' },
);
