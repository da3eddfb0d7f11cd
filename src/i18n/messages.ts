import { calculatorMessages } from './messages/calculators.ts';
import { coreMessages } from './messages/core.ts';
import { presentMessages } from './messages/present.ts';
import { quizMessages } from './messages/quiz.ts';

/** Every area's strings, merged. Add an area by importing it and spreading it in both languages. */
const areas = [coreMessages, quizMessages, presentMessages, calculatorMessages] as const;

type Area = (typeof areas)[number];
type AreaKeys<A> = A extends { 'zh-CN': Record<infer K, string> } ? K : never;

export type MessageKey = AreaKeys<Area>;
export type Messages = Record<MessageKey, string>;

export const catalogs = {
  'zh-CN': Object.assign({}, ...areas.map((a) => a['zh-CN'])) as Messages,
  en: Object.assign({}, ...areas.map((a) => a.en)) as Messages,
};
