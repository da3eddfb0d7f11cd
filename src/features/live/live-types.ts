/** What the live-session API sends and accepts (the server's `src/server/live/` speaks the same). */

export type PollKind = 'single' | 'multiple' | 'truefalse' | 'numeric';

export interface PollBucket {
  /** An option id, `v:<number>` for a numeric value, or `other`. */
  key: string;
  value?: number;
  count: number;
  correct: boolean;
}

export interface PollResults {
  total: number;
  correctCount: number;
  buckets: PollBucket[];
  numeric: { answer: number; tolerance: number } | null;
}

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
  /** Only once revealed. */
  results: PollResults | null;
}

export interface RoomCounts {
  connected: number;
  joined: number;
  answers: number;
}

export interface MyAnswer {
  choices: string[] | null;
  value: number | null;
}

/** The `state` event, sent first on every (re)connect. */
export interface LiveSnapshot {
  code: string;
  chapterId: string;
  status: 'live' | 'ended';
  slideId: string;
  poll: PollView | null;
  counts?: RoomCounts;
  you?: { participantId: string; name: string; answer: MyAnswer | null };
}

export interface RoomSummary {
  code: string;
  chapterId: string;
  status: 'live' | 'ended';
  slideId: string;
  createdAt: number;
  counts: RoomCounts;
  poll: PollView | null;
}

export type PollAnswer = { choices: string[] } | { value: number };

/** A quiz as the presenter opens it as a poll (options and answer from the chapter). */
export type PollSpec = { slideId: string; quizId: string } & (
  | { kind: 'single' | 'multiple'; options: string[]; correct: string[] }
  | { kind: 'truefalse'; answer: boolean }
  | { kind: 'numeric'; answer: number; tolerance: number }
);

/** A trainee's place in a room, kept on the phone so a reload or reconnect keeps it. */
export interface Seat {
  code: string;
  chapterId: string;
  participantId: string;
  name: string;
  token: string;
}
