import type { MultipleQuiz, NumericQuiz, OrderQuiz, QuizBlock, SingleQuiz } from '../content/types.ts';
import { parseNumericAnswer } from './numeric-input.ts';
import { isResponseComplete, type QuizResponse } from './response.ts';

export type OptionFeedback = 'correct' | 'incorrect' | 'missed' | 'neutral';

export interface QuizGrade {
  /** In [0, 1]. */
  score: number;
  /** True exactly when `score === 1`. */
  correct: boolean;
  /** Per option id (single, multiple) or item id (order, whether it sits in its place). */
  options?: Record<string, OptionFeedback>;
}

/** Tolerance 0 still forgives float noise such as 0.1 + 0.2. */
const NUMERIC_EPSILON = 1e-9;

/**
 * Grades a response; `null` stands for an unanswered quiz. A response of the wrong kind, with
 * unknown or repeated ids, or incomplete scores 0. Never throws, whatever the response holds.
 */
export function gradeQuiz(quiz: QuizBlock, response: QuizResponse | null): QuizGrade {
  switch (quiz.kind) {
    case 'single':
    case 'multiple':
      return gradeChoice(quiz, response);
    case 'truefalse':
      return toGrade(response?.kind === 'truefalse' && response.value === quiz.answer ? 1 : 0);
    case 'numeric':
      return toGrade(isNumericRight(quiz, response) ? 1 : 0);
    case 'order':
      return gradeOrder(quiz, response);
  }
}

function toGrade(score: number): QuizGrade {
  return { score, correct: score === 1 };
}

function gradeChoice(quiz: SingleQuiz | MultipleQuiz, response: QuizResponse | null): QuizGrade {
  const chosen = chosenOptionIds(quiz, response);
  const options = Object.fromEntries(
    quiz.options.map((option) => [option.id, feedbackFor(option.correct, chosen.has(option.id))]),
  );
  const complete = response !== null && isResponseComplete(quiz, response);
  return { ...toGrade(complete ? choiceScore(quiz, chosen) : 0), options };
}

function chosenOptionIds(quiz: SingleQuiz | MultipleQuiz, response: QuizResponse | null): Set<unknown> {
  if (quiz.kind === 'single' && response?.kind === 'single') return new Set([response.optionId]);
  if (quiz.kind === 'multiple' && response?.kind === 'multiple' && Array.isArray(response.optionIds)) {
    return new Set(response.optionIds);
  }
  return new Set();
}

function feedbackFor(right: boolean, chosen: boolean): OptionFeedback {
  if (chosen) return right ? 'correct' : 'incorrect';
  return right ? 'missed' : 'neutral';
}

function choiceScore(quiz: SingleQuiz | MultipleQuiz, chosen: Set<unknown>): number {
  const rightOptions = quiz.options.filter((option) => option.correct);
  const rightChosen = rightOptions.filter((option) => chosen.has(option.id)).length;
  const wrongChosen = chosen.size - rightChosen;
  if (quiz.kind === 'single') return rightChosen === 1 && wrongChosen === 0 ? 1 : 0;
  if (rightOptions.length === 0) return 0;
  if (!quiz.partialCredit) return rightChosen === rightOptions.length && wrongChosen === 0 ? 1 : 0;
  return Math.max(0, (rightChosen - wrongChosen) / rightOptions.length);
}

function isNumericRight(quiz: NumericQuiz, response: QuizResponse | null): boolean {
  if (response?.kind !== 'numeric' || typeof response.text !== 'string') return false;
  const parsed = parseNumericAnswer(response.text, quiz.unit);
  if (!parsed.ok) return false;
  const tolerance = quiz.tolerance > 0 ? quiz.tolerance : 0;
  const value = quiz.eitherSign ? Math.abs(parsed.value) : parsed.value;
  const answer = quiz.eitherSign ? Math.abs(quiz.answer) : quiz.answer;
  return Math.abs(value - answer) <= tolerance + NUMERIC_EPSILON;
}

function gradeOrder(quiz: OrderQuiz, response: QuizResponse | null): QuizGrade {
  const given: unknown[] = response?.kind === 'order' && Array.isArray(response.itemIds) ? response.itemIds : [];
  const inPlace = quiz.items.map((item, position) => given[position] === item.id);
  const options = Object.fromEntries(
    quiz.items.map((item, position) => [item.id, inPlace[position] ? 'correct' : 'incorrect'] as const),
  );
  const complete = response !== null && isResponseComplete(quiz, response);
  return { ...toGrade(complete && inPlace.every(Boolean) ? 1 : 0), options };
}
