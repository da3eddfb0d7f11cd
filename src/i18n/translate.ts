import type { Locale } from '../content/types.ts';
import { en } from './messages/en.ts';
import { zhCN } from './messages/zh-CN.ts';
import type { MessageKey, Messages } from './messages.ts';

const catalogs: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

export type Params = Record<string, string | number>;

export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const template = catalogs[locale][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
