import type { Locale } from '../content/types.ts';
import type { MessageArea } from './define-messages.ts';
import { useLocale } from './locale-store.ts';
import { translatorFor, type KeysFor, type Translate } from './translate.ts';

export type { Translate } from './translate.ts';

/**
 * The current locale and a translator for it that knows the frame's strings and those of
 * `areas`: `useT(quizMessages)` accepts `t('quiz.…')`, `useT()` does not.
 */
export function useT<const A extends readonly MessageArea[]>(...areas: A): { t: Translate<KeysFor<A>>; locale: Locale } {
  const locale = useLocale();
  return { t: translatorFor(locale, ...areas), locale };
}
