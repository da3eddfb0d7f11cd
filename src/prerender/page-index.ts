import { DEFAULT_LOCALE, LOCALES, type Locale } from '../content/types.ts';

/** Where the build puts the prerendered pages, and the index of them. */
export const PAGES_DIR = 'pages';
export const PAGE_INDEX_FILE = `${PAGES_DIR}/index.json`;

/** For each locale, every address that has a page, and the page's file under `pages/`. */
export type PageIndex = Record<Locale, Record<string, string>>;

/**
 * The learner's language, mirrored from the browser's storage into a cookie so that the server
 * (and the service worker) send the page already in it.
 */
export const LOCALE_COOKIE = 'cw_locale';

export function localeOrDefault(value: unknown): Locale {
  return (LOCALES as readonly unknown[]).includes(value) ? (value as Locale) : DEFAULT_LOCALE;
}

/**
 * The prerendered page for an address in `locale`, as a path under the build; null where there is
 * none. An address with a query string (a calculator's inputs, a handout) renders differently: it
 * gets the app shell.
 */
export function prerenderedPage(index: PageIndex | null, locale: Locale, url: string): string | null {
  if (index === null || url.includes('?')) return null;
  const file = index[locale][url];
  return file === undefined ? null : `${PAGES_DIR}/${file}`;
}
