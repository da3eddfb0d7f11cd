import type { Locale } from '../content/types.ts';

/**
 * Sets the page's language. Only when it differs: setting it, even to the value it has, makes the
 * browser recheck the style of every element (`:lang()`), which a slide change cannot afford.
 */
export function setDocumentLanguage(locale: Locale): void {
  if (document.documentElement.lang !== locale) document.documentElement.lang = locale;
}
