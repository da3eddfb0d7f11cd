import type { Chapter, Locale } from '../../content/types.ts';
import { loadChapter } from '../../course/chapter-cache.ts';
import { chapterModule } from '../../course/chapter-modules.ts';

/**
 * Starts fetching the chapter module the page will show (in `locale`, else the original), so it
 * arrives alongside the page's code instead of after it. Resolves to the chapter, or to null when
 * there is none or it failed: the page's own load reports failures and retries.
 */
export function preloadChapter(chapterId: string, locale: Locale): Promise<Chapter | null> {
  const module = chapterModule(chapterId, locale);
  return module ? loadChapter(module).catch(() => null) : Promise.resolve(null);
}
