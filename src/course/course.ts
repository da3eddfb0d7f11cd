import manifest from 'virtual:courseware/manifest';
import { DEFAULT_LOCALE, type ChapterSummary, type Locale, type ManifestChapter } from '../content/types.ts';

/** Client-side access to the compiled course manifest (eager, small). */
export const course = manifest;

export function findChapter(id: string): ManifestChapter | undefined {
  return course.chapters.find((c) => c.id === id);
}

export interface LocalizedSummary {
  summary: ChapterSummary;
  /** The locale the text is in; differs from the asked one when falling back to the original. */
  locale: Locale;
}

/** The chapter's summary in `locale`, or in the original language where no translation exists. */
export function summaryIn(chapter: ManifestChapter, locale: Locale): LocalizedSummary | null {
  const own = chapter.locales[locale];
  if (own) return { summary: own, locale };
  const original = chapter.locales[DEFAULT_LOCALE];
  return original ? { summary: original, locale: DEFAULT_LOCALE } : null;
}

export function neighbours(id: string): { previous: ManifestChapter | null; next: ManifestChapter | null } {
  const available = course.chapters.filter((c) => c.locales[DEFAULT_LOCALE] !== null);
  const index = available.findIndex((c) => c.id === id);
  return { previous: available[index - 1] ?? null, next: index === -1 ? null : (available[index + 1] ?? null) };
}
