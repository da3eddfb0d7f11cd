/**
 * Live polls: a quiz from the current slide, answered on phones. Pure functions over a poll's
 * state; the room (room.ts) owns the polls and tells the clients.
 *
 * Kinds: single and multiple choice and true/false are tallied per option; numeric answers are
 * tallied per distinct value (the most frequent ones, the rest as "other"). Order questions are not
 * pollable: a ranking has no short distribution to show on a projector.
 */
import type { PollKind } from '../../protocol/constants.ts';
import type { PollAnswer, PollBucket, PollResults, PollSpec, PollView } from '../../protocol/live.ts';
import { badRequest, conflict } from '../errors.ts';

export type { PollBucket, PollKind, PollResults, PollSpec, PollView };
/** One participant's answer as sent. */
export type PollAnswerInput = PollAnswer;


export interface StoredAnswer {
  choices: string[] | null;
  value: number | null;
  /** Epoch milliseconds of the latest change. */
  at: number;
}

/** The server's whole poll: what every client may see (`PollView` without the counts) and what it may not. */
export interface Poll extends Omit<PollView, 'answerCount' | 'results' | 'remainingMs'> {
  /** Correct option ids; empty for numeric. */
  correct: string[];
  numeric: { answer: number; tolerance: number } | null;
  openedAt: number;
  closedAt: number | null;
  /** When a countdown closes the poll (epoch milliseconds), or null without one. */
  closesAt: number | null;
  /** By participant id: one answer each, replaced while the poll is open. */
  answers: Map<string, StoredAnswer>;
}

/** Numeric results show at most this many distinct values; the rest are counted as "other". */
export const NUMERIC_BUCKETS = 8;
const NUMERIC_EPSILON = 1e-9;

export function createPoll(spec: PollSpec, number: number, now: number): Poll {
  const common = {
    id: `p${number}`,
    number,
    slideId: spec.slideId,
    quizId: spec.quizId,
    status: 'open' as const,
    revealed: false,
    openedAt: now,
    closedAt: null,
    closesAt: spec.seconds === undefined ? null : now + spec.seconds * 1000,
    answers: new Map<string, StoredAnswer>(),
  };
  switch (spec.kind) {
    case 'single':
    case 'multiple': {
      const options = [...new Set(spec.options)];
      const unknown = spec.correct.find((id) => !options.includes(id));
      if (unknown !== undefined) throw badRequest('invalid_input', `The correct option "${unknown}" is not one of the options.`);
      if (spec.kind === 'single' && spec.correct.length > 1) throw badRequest('invalid_input', 'A single-choice poll has at most one correct option.');
      return { ...common, kind: spec.kind, options, correct: [...new Set(spec.correct)], numeric: null };
    }
    case 'truefalse':
      return { ...common, kind: 'truefalse', options: ['true', 'false'], correct: [String(spec.answer)], numeric: null };
    case 'numeric':
      return { ...common, kind: 'numeric', options: [], correct: [], numeric: { answer: spec.answer, tolerance: spec.tolerance } };
  }
}

/** Checks an answer against the poll's kind and options; throws 400 or 409 if it cannot count. */
export function acceptAnswer(poll: Poll, input: PollAnswerInput, now: number): StoredAnswer {
  if (poll.status !== 'open') throw conflict('poll_closed', 'This poll is closed; answers can no longer change.');
  if (poll.kind === 'numeric') {
    if (!('value' in input)) throw badRequest('invalid_answer', 'This poll asks for a number: send { "value": … }.');
    return { choices: null, value: input.value === 0 ? 0 : input.value, at: now };
  }
  if (!('choices' in input)) throw badRequest('invalid_answer', 'This poll asks for options: send { "choices": [ … ] }.');
  const choices = [...new Set(input.choices)];
  const unknown = choices.find((id) => !poll.options.includes(id));
  if (unknown !== undefined) throw badRequest('invalid_answer', `"${unknown}" is not an option of this poll.`);
  if (choices.length === 0) throw badRequest('invalid_answer', 'Choose at least one option.');
  if (poll.kind !== 'multiple' && choices.length > 1) throw badRequest('invalid_answer', 'Choose exactly one option.');
  // Authored order, so equal answers look equal in the export.
  return { choices: poll.options.filter((id) => choices.includes(id)), value: null, at: now };
}

export function isCorrect(poll: Poll, answer: StoredAnswer): boolean {
  if (poll.numeric !== null) {
    return answer.value !== null && Math.abs(answer.value - poll.numeric.answer) <= Math.max(0, poll.numeric.tolerance) + NUMERIC_EPSILON;
  }
  const chosen = answer.choices ?? [];
  return chosen.length === poll.correct.length && chosen.every((id) => poll.correct.includes(id));
}

function numericBuckets(poll: Poll): PollBucket[] {
  const tally = new Map<number, number>();
  for (const answer of poll.answers.values()) {
    if (answer.value !== null) tally.set(answer.value, (tally.get(answer.value) ?? 0) + 1);
  }
  const byFrequency = [...tally].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const shown = byFrequency.slice(0, NUMERIC_BUCKETS).sort((a, b) => a[0] - b[0]);
  const buckets: PollBucket[] = shown.map(([value, count]) => ({
    key: `v:${value}`,
    value,
    count,
    correct: isCorrect(poll, { choices: null, value, at: 0 }),
  }));
  const rest = byFrequency.slice(NUMERIC_BUCKETS).reduce((sum, [, count]) => sum + count, 0);
  if (rest > 0) buckets.push({ key: 'other', count: rest, correct: false });
  return buckets;
}

export function pollResults(poll: Poll): PollResults {
  let correctCount = 0;
  for (const answer of poll.answers.values()) if (isCorrect(poll, answer)) correctCount += 1;
  const buckets =
    poll.kind === 'numeric'
      ? numericBuckets(poll)
      : poll.options.map((id) => {
          let count = 0;
          for (const answer of poll.answers.values()) if (answer.choices?.includes(id)) count += 1;
          return { key: id, count, correct: poll.correct.includes(id) };
        });
  return { total: poll.answers.size, correctCount, buckets, numeric: poll.numeric };
}

export function pollView(poll: Poll, now: number): PollView {
  const { id, number, slideId, quizId, kind, options, status, revealed } = poll;
  return {
    id,
    number,
    slideId,
    quizId,
    kind,
    options,
    status,
    revealed,
    answerCount: poll.answers.size,
    results: revealed ? pollResults(poll) : null,
    remainingMs: status === 'open' && poll.closesAt !== null ? Math.max(0, poll.closesAt - now) : null,
  };
}
