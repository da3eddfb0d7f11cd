import type { QuizBlock } from '../../content/types.ts';
import { gradeQuiz } from '../../quiz/grade.ts';
import { parseNumericAnswer } from '../../quiz/numeric-input.ts';
import type { QuizAttempt } from '../../progress/progress-schema.ts';
import type { QuizResponse } from '../../quiz/response.ts';
import { formatClockTime, formatTimespan } from './cmi-values.ts';

/** One answered question as a SCORM 1.2 `cmi.interactions.n` record (RTE 3.4.2.7). */
export interface Interaction {
  id: string;
  type: 'choice' | 'true-false' | 'numeric' | 'sequencing' | 'fill-in';
  /** `cmi.interactions.n.correct_responses.m.pattern`, one per accepted answer. */
  correctPatterns: string[];
  studentResponse: string;
  result: 'correct' | 'wrong';
  /** CMITime of the attempt. */
  time: string;
  /** Each question weighs the same in the chapter-test score (the mean of the questions' scores). */
  weighting: string;
  /**
   * CMITimespan from the attempt's first answer to its submission (the test shows its questions
   * together, so the attempt's working time stands for each); absent when not recorded.
   */
  latency?: string;
}

/**
 * SCORM 1.2 writes choice and sequencing answers as single characters `0-9a-z`. Answers are
 * written as the options' stable ids (`a`, `b`, … in authored order, whatever order the options
 * were shown in), which are such characters; options with other ids fall back to `fill-in`.
 */
const KEY = /^[0-9a-z]$/;
const IDENTIFIER_LIMIT = 255;
/** CMIString255. */
const RESPONSE_LIMIT = 255;

/**
 * The interactions of one chapter-test attempt: one per bank question the attempt answered,
 * graded by the course's own grader. The answers come from saved progress and are not trusted.
 */
export function attemptInteractions(bank: readonly QuizBlock[], attempt: Pick<QuizAttempt, 'answers' | 'at' | 'startedAt'>): Interaction[] {
  const time = formatClockTime(attempt.at);
  const latency = attempt.startedAt !== undefined && attempt.startedAt <= attempt.at ? { latency: formatTimespan(attempt.at - attempt.startedAt) } : {};
  const { answers } = attempt;
  return bank
    .filter((quiz) => Object.hasOwn(answers, quiz.id))
    .map((quiz) => {
      const response = answers[quiz.id] as QuizResponse | null;
      const { correct } = gradeQuiz(quiz, response);
      return {
        id: interactionId(quiz.id),
        ...describe(quiz, asRecord(response)),
        result: correct ? 'correct' : 'wrong',
        time,
        weighting: '1',
        ...latency,
      };
    });
}

/** A CMIIdentifier: letters, digits, `-` and `_` only, at most 255 characters. */
export function interactionId(quizId: string): string {
  return (quizId.replace(/[^A-Za-z0-9_-]/g, '_') || 'quiz').slice(0, IDENTIFIER_LIMIT);
}

type Described = Pick<Interaction, 'type' | 'correctPatterns' | 'studentResponse'>;

function describe(quiz: QuizBlock, response: Record<string, unknown> | null): Described {
  switch (quiz.kind) {
    case 'single':
    case 'multiple': {
      const ids = quiz.options.map((option) => option.id);
      const right = quiz.options.filter((option) => option.correct).map((option) => option.id);
      const chosen = quiz.kind === 'single' ? [response?.optionId] : strings(response?.optionIds);
      const known = chosen.filter((id): id is string => typeof id === 'string' && ids.includes(id));
      const patterns = quiz.kind === 'single' ? right.map((id) => [id]) : [right];
      return listed('choice', ids, patterns, sortBy(ids, known));
    }
    case 'order': {
      const ids = quiz.items.map((item) => item.id);
      const given = strings(response?.itemIds).filter((id): id is string => typeof id === 'string' && ids.includes(id));
      return listed('sequencing', ids, [ids], given);
    }
    case 'truefalse': {
      const value = response?.value;
      return {
        type: 'true-false',
        correctPatterns: [quiz.answer ? 't' : 'f'],
        studentResponse: value === true ? 't' : value === false ? 'f' : '',
      };
    }
    case 'numeric': {
      const parsed = typeof response?.text === 'string' ? parseNumericAnswer(response.text, quiz.unit) : null;
      return {
        type: 'numeric',
        correctPatterns: [decimal(quiz.answer)],
        studentResponse: parsed?.ok ? decimal(parsed.value) : '',
      };
    }
  }
}

/** Choice or sequencing answers as comma-separated option ids: `choice`/`sequencing` when every id is one character, else `fill-in`. */
function listed(type: 'choice' | 'sequencing', ids: string[], patterns: string[][], chosen: string[]): Described {
  const keyed = ids.every((id) => KEY.test(id));
  const write = (list: string[]) => list.join(',').slice(0, RESPONSE_LIMIT);
  return { type: keyed ? type : 'fill-in', correctPatterns: patterns.map(write), studentResponse: write(chosen) };
}

/** A number as CMIDecimal (no exponent); empty when it cannot be written so. */
function decimal(value: number): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  return /^-?\d+(\.\d+)?$/.test(text) ? text : '';
}

function sortBy(order: string[], ids: string[]): string[] {
  return [...new Set(ids)].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

function strings(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
}
