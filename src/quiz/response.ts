import type { QuizBlock } from '../content/types.ts';
import { parseNumericAnswer } from './numeric-input.ts';
import { displayOrder } from './shuffle.ts';

export type QuizResponse =
  | { kind: 'single'; optionId: string | null }
  | { kind: 'multiple'; optionIds: string[] }
  | { kind: 'truefalse'; value: boolean | null }
  | { kind: 'numeric'; text: string }
  | { kind: 'order'; itemIds: string[] };

/** An order quiz starts from the order it is displayed in, for the same `seed` as `displayOrder`. */
export function emptyResponse(quiz: QuizBlock, seed = 0): QuizResponse {
  switch (quiz.kind) {
    case 'single':
      return { kind: 'single', optionId: null };
    case 'multiple':
      return { kind: 'multiple', optionIds: [] };
    case 'truefalse':
      return { kind: 'truefalse', value: null };
    case 'numeric':
      return { kind: 'numeric', text: '' };
    case 'order':
      return { kind: 'order', itemIds: displayOrder(quiz, seed) };
  }
}

/**
 * Whether the response can be graded as an answer. Checked at run time, not trusted from the
 * type, because responses come back from storage and from other tabs.
 */
export function isResponseComplete(quiz: QuizBlock, response: QuizResponse): boolean {
  const fields = asRecord(response);
  if (fields === null || fields.kind !== quiz.kind) return false;
  switch (quiz.kind) {
    case 'single':
      return quiz.options.some((option) => option.id === fields.optionId);
    case 'multiple': {
      const ids = asStringArray(fields.optionIds);
      const known = new Set(quiz.options.map((option) => option.id));
      return ids !== null && ids.length > 0 && isSubsetWithoutRepeats(ids, known);
    }
    case 'truefalse':
      return typeof fields.value === 'boolean';
    case 'numeric':
      return typeof fields.text === 'string' && parseNumericAnswer(fields.text, quiz.unit).ok;
    case 'order': {
      const ids = asStringArray(fields.itemIds);
      const known = new Set(quiz.items.map((item) => item.id));
      return ids !== null && ids.length === quiz.items.length && isSubsetWithoutRepeats(ids, known);
    }
  }
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
}

function asStringArray(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  // Indexed loop rather than `every`, which skips holes in sparse arrays.
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== 'string') return null;
  }
  return value as string[];
}

function isSubsetWithoutRepeats(ids: string[], known: ReadonlySet<string>): boolean {
  return new Set(ids).size === ids.length && ids.every((id) => known.has(id));
}
