import fc from 'fast-check';
import type {
  ChoiceOption,
  HastRoot,
  MultipleQuiz,
  NumericQuiz,
  OrderQuiz,
  QuizBlock,
  SingleQuiz,
  TrueFalseQuiz,
} from '../content/types.ts';
import type { QuizResponse } from './response.ts';

function emptyRoot(): HastRoot {
  return { type: 'root', children: [] };
}

export function letterIds(count: number): string[] {
  return Array.from({ length: count }, (_, index) => String.fromCharCode(97 + index));
}

function common(id: string) {
  return { type: 'quiz' as const, id, objective: null, prompt: emptyRoot(), explain: null, shuffle: true };
}

function options(count: number, correctIds: string[]): ChoiceOption[] {
  return letterIds(count).map((id) => ({ id, content: emptyRoot(), correct: correctIds.includes(id) }));
}

export function singleQuiz(correctId: string, optionCount = 4, overrides: Partial<SingleQuiz> = {}): SingleQuiz {
  return { ...common('q-single'), kind: 'single', options: options(optionCount, [correctId]), ...overrides };
}

export function multipleQuiz(
  correctIds: string[],
  optionCount = 4,
  overrides: Partial<MultipleQuiz> = {},
): MultipleQuiz {
  return {
    ...common('q-multiple'),
    kind: 'multiple',
    options: options(optionCount, correctIds),
    partialCredit: false,
    ...overrides,
  };
}

export function trueFalseQuiz(answer: boolean, overrides: Partial<TrueFalseQuiz> = {}): TrueFalseQuiz {
  return { ...common('q-truefalse'), kind: 'truefalse', answer, ...overrides };
}

export function numericQuiz(answer: number, overrides: Partial<NumericQuiz> = {}): NumericQuiz {
  return { ...common('q-numeric'), kind: 'numeric', answer, tolerance: 0, unit: null, ...overrides };
}

export function orderQuiz(itemCount: number, overrides: Partial<OrderQuiz> = {}): OrderQuiz {
  const items = letterIds(itemCount).map((id) => ({ id, content: emptyRoot() }));
  return { ...common('q-order'), kind: 'order', items, ...overrides };
}

const quizIdArbitrary = fc.string({ maxLength: 12 });

const choiceOptionsArbitrary = fc
  .array(fc.boolean(), { maxLength: 6 })
  .map((flags) => flags.map((correct, index) => ({ id: letterIds(6)[index] ?? 'a', content: emptyRoot(), correct })));

export const quizArbitrary: fc.Arbitrary<QuizBlock> = fc.oneof(
  fc.record({ id: quizIdArbitrary, shuffle: fc.boolean(), options: choiceOptionsArbitrary }).map(
    (fields): SingleQuiz => ({ ...common(fields.id), ...fields, kind: 'single' }),
  ),
  fc
    .record({
      id: quizIdArbitrary,
      shuffle: fc.boolean(),
      options: choiceOptionsArbitrary,
      partialCredit: fc.boolean(),
    })
    .map((fields): MultipleQuiz => ({ ...common(fields.id), ...fields, kind: 'multiple' })),
  fc
    .record({ id: quizIdArbitrary, answer: fc.boolean() })
    .map((fields): TrueFalseQuiz => ({ ...common(fields.id), ...fields, kind: 'truefalse' })),
  fc
    .record({
      id: quizIdArbitrary,
      // Hundredths keep `String(answer)` free of exponent notation, which trainees never type.
      answer: fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 100),
      tolerance: fc.constantFrom(0, 0.01, 0.5, 1, 10),
      unit: fc.constantFrom(null, '%', 'h', '天', '元', '倍'),
    })
    .map((fields): NumericQuiz => ({ ...common(fields.id), ...fields, kind: 'numeric' })),
  fc.record({ id: quizIdArbitrary, count: fc.integer({ min: 0, max: 6 }) }).map(
    ({ id, count }): OrderQuiz => orderQuiz(count, { id }),
  ),
);

const idArbitrary = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'z', '');

/** Well-typed responses with ids that may be unknown, repeated or missing. */
export const responseArbitrary: fc.Arbitrary<QuizResponse> = fc.oneof(
  fc.record({ kind: fc.constant('single' as const), optionId: fc.option(idArbitrary, { nil: null }) }),
  fc.record({ kind: fc.constant('multiple' as const), optionIds: fc.array(idArbitrary, { maxLength: 8 }) }),
  fc.record({ kind: fc.constant('truefalse' as const), value: fc.option(fc.boolean(), { nil: null }) }),
  fc.record({
    kind: fc.constant('numeric' as const),
    text: fc.oneof(fc.string(), fc.double().map(String), fc.integer().map((n) => `${n}%`)),
  }),
  fc.record({ kind: fc.constant('order' as const), itemIds: fc.array(idArbitrary, { maxLength: 8 }) }),
);

/** Anything at all where a response is expected, as stored data might hold. */
export const untrustedResponseArbitrary: fc.Arbitrary<QuizResponse> = fc.oneof(
  responseArbitrary,
  fc.anything() as fc.Arbitrary<QuizResponse>,
  fc.record({
    kind: fc.constantFrom('single', 'multiple', 'truefalse', 'numeric', 'order'),
    optionId: fc.anything(),
    optionIds: fc.anything(),
    value: fc.anything(),
    text: fc.anything(),
    itemIds: fc.anything(),
  }) as fc.Arbitrary<QuizResponse>,
);
