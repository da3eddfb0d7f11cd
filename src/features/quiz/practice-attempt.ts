import type { QuizBlock } from '../../content/types.ts';
import { emptyResponse, isResponseComplete, type QuizResponse } from '../../quiz/response.ts';

/** One practice attempt at a quiz: the order it is shown in, the answer so far, and whether it was submitted. */
export interface PracticeAttempt {
  seed: number;
  response: QuizResponse;
  submitted: boolean;
}

export function freshAttempt(quiz: QuizBlock, seed: number): PracticeAttempt {
  return { seed, response: emptyResponse(quiz, seed), submitted: false };
}

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((entry) => typeof entry === 'string');

/** An answer to this quiz, possibly unfinished; an order quiz's is always a full order. */
function isResponseFor(quiz: QuizBlock, value: unknown): value is QuizResponse {
  if (typeof value !== 'object' || value === null) return false;
  const fields = value as Record<string, unknown>;
  if (fields.kind !== quiz.kind) return false;
  switch (quiz.kind) {
    case 'single':
      return fields.optionId === null || quiz.options.some((option) => option.id === fields.optionId);
    case 'multiple':
      return isStringList(fields.optionIds) && (fields.optionIds.length === 0 || isResponseComplete(quiz, value as QuizResponse));
    case 'truefalse':
      return fields.value === null || typeof fields.value === 'boolean';
    case 'numeric':
      return typeof fields.text === 'string';
    case 'order':
      return isResponseComplete(quiz, value as QuizResponse);
  }
}

/**
 * Whether `value` is an attempt at this quiz, for attempts that come from another window: a
 * submitted one must have a gradable answer.
 */
export function isPracticeAttemptFor(quiz: QuizBlock, value: unknown): value is PracticeAttempt {
  if (typeof value !== 'object' || value === null) return false;
  const { seed, response, submitted } = value as Record<string, unknown>;
  if (!Number.isSafeInteger(seed) || (seed as number) < 0 || typeof submitted !== 'boolean') return false;
  if (!isResponseFor(quiz, response)) return false;
  return !submitted || isResponseComplete(quiz, response);
}
