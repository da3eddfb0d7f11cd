import { act, render } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { vi } from 'vitest';
import type {
  HastRoot,
  MultipleQuiz,
  NumericQuiz,
  OrderQuiz,
  SingleQuiz,
  TrueFalseQuiz,
} from '../../src/content/types.ts';
import type { Locale } from '../../src/content/types.ts';
import { useLocaleStore } from '../../src/i18n/locale-store.ts';

/** A paragraph of text as compiled content. */
export function prose(text: string): HastRoot {
  return {
    type: 'root',
    children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: text }] }],
  };
}

function phrase(text: string): HastRoot {
  return { type: 'root', children: [{ type: 'text', value: text }] };
}

function common(id: string, prompt: string) {
  return {
    type: 'quiz' as const,
    id,
    objective: null,
    prompt: prose(prompt),
    explain: prose(`Why: ${prompt}`),
    shuffle: true,
  };
}

const LETTERS = 'abcdefgh';

function options(texts: string[], correct: number[]) {
  return texts.map((text, index) => ({ id: LETTERS[index]!, content: phrase(text), correct: correct.includes(index) }));
}

export const channels = ['Search', 'Email', 'Referral', 'Social'];

export function singleQuiz(overrides: Partial<SingleQuiz> = {}): SingleQuiz {
  return { ...common('q-single', 'Which channel converts best?'), kind: 'single', options: options(channels, [2]), ...overrides };
}

export function multipleQuiz(overrides: Partial<MultipleQuiz> = {}): MultipleQuiz {
  return {
    ...common('q-multiple', 'Which are paid channels?'),
    kind: 'multiple',
    options: options(channels, [0, 3]),
    partialCredit: false,
    ...overrides,
  };
}

export function trueFalseQuiz(overrides: Partial<TrueFalseQuiz> = {}): TrueFalseQuiz {
  return { ...common('q-truefalse', 'Churn rate plus retention rate is always 100%.'), kind: 'truefalse', answer: false, ...overrides };
}

export function numericQuiz(overrides: Partial<NumericQuiz> = {}): NumericQuiz {
  return {
    ...common('q-numeric', 'Orders fell from 200 to 150. By how much, in percent?'),
    kind: 'numeric',
    answer: 25,
    tolerance: 0,
    unit: '%',
    ...overrides,
  };
}

export const cycle = ['Plan', 'Do', 'Check', 'Act'];

export function orderQuiz(overrides: Partial<OrderQuiz> = {}): OrderQuiz {
  const items = cycle.map((text, index) => ({ id: LETTERS[index]!, content: phrase(text) }));
  return { ...common('q-order', 'Put the PDCA steps in order.'), kind: 'order', items, ...overrides };
}

export function setLocale(locale: Locale): void {
  act(() => useLocaleStore.setState({ locale }));
}

/** Makes `randomSeed()` return these seeds in turn (it scales `Math.random()` to 32 bits). */
export function mockSeeds(...seeds: number[]): void {
  const values = seeds.map((seed) => seed / 0x1_0000_0000);
  let call = 0;
  vi.spyOn(Math, 'random').mockImplementation(() => values[Math.min(call++, values.length - 1)] ?? 0);
}

export function renderInRouter(ui: ReactElement, path = '/') {
  return render(<MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>);
}

/** Presses Tab until `element` has focus, as a keyboard user would. */
export async function tabTo(user: UserEvent, element: Element, limit = 60): Promise<void> {
  for (let i = 0; i < limit && document.activeElement !== element; i++) await user.tab();
  if (document.activeElement !== element) throw new Error(`could not tab to ${element.outerHTML.slice(0, 80)}`);
}

/** The option or item texts in the order they are shown. */
export function shownTexts(container: ParentNode = document): string[] {
  return [...container.querySelectorAll('.quiz-option-text, .quiz-order-text')].map((el) => el.textContent ?? '');
}
