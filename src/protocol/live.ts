/** What the live-session API sends and accepts: the server's rooms and polls, the presenter's panel and the phones. */

export const POLL_KINDS = ['single', 'multiple', 'truefalse', 'numeric'] as const;
export type PollKind = (typeof POLL_KINDS)[number];

/** Shortest and longest countdown a presenter may give a poll, in seconds. */
export const POLL_SECONDS = { min: 5, max: 600 } as const;

/**
 * A quiz as the presenter opens it as a poll (options and answer from the presenter's copy of the
 * chapter); `seconds` closes it by itself after a countdown.
 */
export type PollSpec = { slideId: string; quizId: string; seconds?: number } & (
  | { kind: 'single' | 'multiple'; options: string[]; correct: string[] }
  | { kind: 'truefalse'; answer: boolean }
  | { kind: 'numeric'; answer: number; tolerance: number }
);

/** One participant's answer as sent: chosen option ids, or a number. */
export type PollAnswer = { choices: string[] } | { value: number };

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

/** `open`: whoever has the code is in; `approval`: the presenter lets each participant in. */
export const ADMISSIONS = ['open', 'approval'] as const;
export type Admission = (typeof ADMISSIONS)[number];

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
