import loaders from 'virtual:courseware/chapters';
import { chapterKey, DEFAULT_LOCALE, type Chapter, type Locale } from '../content/types.ts';

export interface ChapterModule {
  /** The module's key, `<locale>/<chapter id>`. */
  key: string;
  load: () => Promise<{ default: Chapter }>;
  /** The chapter has no module in the asked locale: this is the original's. */
  fallback: boolean;
}

/** The compiled module of a chapter in `locale`, or the original where there is no translation; null if neither exists. */
export function chapterModule(chapterId: string, locale: Locale): ChapterModule | null {
  const own = chapterKey(locale, chapterId);
  const fallback = !loaders[own];
  const key = fallback ? chapterKey(DEFAULT_LOCALE, chapterId) : own;
  const load = loaders[key];
  return load ? { key, load, fallback } : null;
}
