import { useCallback } from 'react';
import type { Locale } from '../content/types.ts';
import { useLocaleStore } from './locale-store.ts';
import type { MessageKey } from './messages.ts';
import { translate, type Params } from './translate.ts';

export type Translate = (key: MessageKey, params?: Params) => string;

/** The current locale and a translator bound to it. */
export function useT(): { t: Translate; locale: Locale } {
  const locale = useLocaleStore((s) => s.locale);
  const t = useCallback<Translate>((key, params) => translate(locale, key, params), [locale]);
  return { t, locale };
}
