import type { Locale } from '../../content/types.ts';
import { chapterModule } from '../../course/chapter-modules.ts';

/**
 * Starts fetching the chapter module the lesson will load (in `locale`, else the original), so
 * it arrives alongside the lesson's code instead of after it. The lesson's own load reports
 * failures and retries.
 */
export function preloadChapter(chapterId: string, locale: Locale): void {
  chapterModule(chapterId, locale)?.load().catch(() => undefined);
}
