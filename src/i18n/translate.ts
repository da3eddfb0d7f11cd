import type { Locale } from '../content/types.ts';
import { catalogs } from './catalog.ts';
import type { MessageKey } from './messages.ts';

export type Params = Record<string, string | number>;

/**
 * The string for `key` with `{params}` filled in. A key whose area was never registered shows as
 * itself to a user (a visible gap, not a crash) but fails any test that renders it, so a feature
 * cannot forget to import its area's `*-register.ts`.
 */
export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const template = catalogs[locale][key];
  if (template === undefined) {
    if (import.meta.env.MODE === 'test') throw new Error(`"${key}" is not loaded: import its area's *-register.ts where it is used`);
    return key;
  }
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
