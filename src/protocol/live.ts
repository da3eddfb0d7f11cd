import { z } from 'zod';
import { ADMISSIONS, LIVE_NAME_MAX, POLL_OPTIONS_MAX, POLL_SECONDS, UNPRINTABLE, type Admission, type PollKind } from './constants.ts';
import { fileLocale, identifier, timeZone, uuid } from './fields.ts';

/** What the live-session API accepts and sends: the server's rooms and polls, the presenter's panel and the phones. */

/** A participant's display name: trimmed, 1–40 characters, nothing invisible. */
export const displayName = z
  .string({ error: 'Expected a display name.' })
  .max(LIVE_NAME_MAX * 4, `Must be at most ${LIVE_NAME_MAX} characters.`)
  .transform((value) => value.normalize('NFC').trim())
  .refine((value) => value.length > 0, 'Must not be empty.')
  .refine((value) => [...value].length <= LIVE_NAME_MAX, `Must be at most ${LIVE_NAME_MAX} characters.`)
  .refine((value) => !UNPRINTABLE.test(value), 'Must not contain control or invisible characters.');

/** The code in the address; its shape is checked when it is looked up. */
export const roomParams = z.object({ code: z.string().min(1).max(16) });
export const participantParams = z.object({ participantId: uuid });

export const createRoomBody = z.object({ chapterId: identifier(), slideId: identifier().optional() });
export type NewRoom = z.input<typeof createRoomBody>;
export const roomQuery = z.object({ chapterId: identifier() });
export const joinRoomBody = z.object({ name: displayName });
export type JoinRoomRequest = z.input<typeof joinRoomBody>;
export const slideBody = z.object({ slideId: identifier() });
export type SlideChange = z.input<typeof slideBody>;
export const admissionBody = z.object({ admission: z.enum(ADMISSIONS, { error: 'Expected admission "open" or "approval".' }) });
export type AdmissionChange = z.input<typeof admissionBody>;
export const eventsQuery = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'Expected a participant token.').optional() });
export const resultsCsvQuery = z.object({ locale: fileLocale, tz: timeZone });

const optionId = identifier(20);
const pollId = z.string().regex(/^p\d{1,6}$/, 'Expected a poll id such as p1.');
const where = {
  slideId: identifier(),
  quizId: identifier(),
  seconds: z.number().int().min(POLL_SECONDS.min).max(POLL_SECONDS.max, `A countdown is at most ${POLL_SECONDS.max} seconds.`).optional(),
};
const finite = z.number({ error: 'Expected a number.' }).min(-1e12).max(1e12);

/**
 * A quiz as the presenter opens it as a poll (options and answer from the presenter's copy of the
 * chapter); `seconds` closes it by itself after a countdown.
 */
export const pollBody = z.discriminatedUnion(
  'kind',
  [
    z.object({
      ...where,
      kind: z.enum(['single', 'multiple']),
      options: z.array(optionId).min(2, 'A poll needs at least two options.').max(POLL_OPTIONS_MAX, `At most ${POLL_OPTIONS_MAX} options.`),
      correct: z.array(optionId).max(POLL_OPTIONS_MAX),
    }),
    z.object({ ...where, kind: z.literal('truefalse'), answer: z.boolean() }),
    z.object({ ...where, kind: z.literal('numeric'), answer: finite, tolerance: z.number().min(0).max(1e12) }),
  ],
  { error: 'Expected kind single, multiple, truefalse or numeric (order questions cannot be polled).' },
);
export type PollSpec = z.output<typeof pollBody>;

/** Reveal or close: the current poll, or the one named (so a late click cannot act on the next poll). */
export const pollActionBody = z.object({ pollId: pollId.optional() }).default({});
export type PollAction = z.input<typeof pollActionBody>;

const choices = z.object({ choices: z.array(optionId).min(1, 'Choose at least one option.').max(POLL_OPTIONS_MAX) });
const value = z.object({ value: finite });

/** One participant's answer: chosen option ids, or a number. */
export type PollAnswer = z.output<typeof choices> | z.output<typeof value>;

export const answerBody = z.union([choices.extend({ pollId }), value.extend({ pollId })], {
  error: 'Expected { pollId, choices: [ … ] } or { pollId, value: number }.',
});
export type AnswerRequest = z.input<typeof answerBody>;

export interface PollBucket {
  /** An option id, `v:<number>` for a numeric value, or `other`. */
  key: string;
  /** The numeric value a numeric bucket stands for. */
  value?: number;
  count: number;
  correct: boolean;
}

export interface PollResults {
  /** Participants who answered. */
  total: number;
  /** Of them, how many answered correctly (all and only the right options for multiple choice). */
  correctCount: number;
  buckets: PollBucket[];
  numeric: { answer: number; tolerance: number } | null;
}

/** What every client may know about a poll; the counts only once the presenter has revealed them. */
export interface PollView {
  id: string;
  number: number;
  slideId: string;
  quizId: string;
  kind: PollKind;
  options: string[];
  status: 'open' | 'closed';
  revealed: boolean;
  answerCount: number;
  results: PollResults | null;
  /** While a countdown runs: milliseconds left when this view was made (the server closes the poll at zero). */
  remainingMs: number | null;
}

export type RoomStatus = 'live' | 'ended';

/** A participant as the presenter's list shows them. */
export interface ParticipantEntry {
  id: string;
  name: string;
  joinedAt: number;
  /** False while waiting to be let in. */
  admitted: boolean;
  /** Has an open event stream now. */
  connected: boolean;
}

export interface RoomCounts {
  /** Participants with at least one open stream. */
  connected: number;
  /** Participants who joined and are in (each holds a place). */
  joined: number;
  /** Participants waiting for the presenter to let them in (they hold a place too). */
  waiting: number;
  /** Answers to the current poll. */
  answers: number;
}

/** A participant's answer to the current poll, as the server holds it. */
export interface MyAnswer {
  choices: string[] | null;
  value: number | null;
}

/** The `state` event: the whole state a client needs, sent first on every (re)connect. */
export interface LiveSnapshot {
  code: string;
  chapterId: string;
  status: RoomStatus;
  slideId: string;
  poll: PollView | null;
  /** The presenter's streams only. */
  counts?: RoomCounts;
  /** A participant's stream only: who they are and their answer to the current poll. */
  you?: { participantId: string; name: string; answer: MyAnswer | null; waiting?: boolean };
}

/** What the presenter's panel is told when it asks for its room. */
export interface RoomSummary {
  code: string;
  chapterId: string;
  status: RoomStatus;
  slideId: string;
  createdAt: number;
  admission: Admission;
  counts: RoomCounts;
  poll: PollView | null;
}
