import { createContext, useContext, useEffect } from 'react';
import { course } from '../course/course.ts';
import type { Locale } from '../content/types.ts';
import { useLocale } from '../i18n/locale-store.ts';

const SEPARATOR = ' · ';

/** Where a page rendered ahead of time (no effects run there) leaves its title for the HTML's `<title>`. */
export type TitleSink = (title: string) => void;

const TitleSinkContext = createContext<TitleSink | null>(null);
export const DocumentTitleSink = TitleSinkContext.Provider;

/** A page's title: its own parts, most specific first, then the course, so tabs, bookmarks and history tell pages apart. */
export function documentTitle(locale: Locale, parts: ReadonlyArray<string | null | undefined>): string {
  return [...parts.filter((part): part is string => Boolean(part)), course.title[locale]].join(SEPARATOR);
}

/**
 * Sets the document title while the page shows (home passes no parts: the course title alone).
 * `null` leaves the title to a component inside (a "not found" page rendered in place).
 */
export function useDocumentTitle(parts: ReadonlyArray<string | null | undefined> | null): void {
  const locale = useLocale();
  const title = parts === null ? null : documentTitle(locale, parts);
  const sink = useContext(TitleSinkContext);
  // Rendering ahead of time: the innermost page's title is the last one written.
  if (sink && title !== null) sink(title);
  useEffect(() => {
    if (title !== null) document.title = title;
  }, [title]);
}
