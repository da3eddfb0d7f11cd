import type { Locale } from '../content/types.ts';
import { catalogs } from './catalog.ts';
import type { MessageKey } from './messages.ts';

export type Params = Record<string, string | number>;

/** The string for `key` with `{params}` filled in; the key itself if its area is not loaded, so a gap is visible. */
export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const template = catalogs[locale][key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
