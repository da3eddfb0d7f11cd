import loaders from 'virtual:courseware/chapters';
import { DEFAULT_LOCALE, type Locale } from '../../content/types.ts';

/**
 * Starts fetching the chapter module the lesson will load (in `locale`, else the original), so
 * it arrives alongside the lesson's code instead of after it. The lesson's own load reports
 * failures and retries.
 */
export function preloadChapter(chapterId: string, locale: Locale): void {
  const load = loaders[`${locale}/${chapterId}`] ?? loaders[`${DEFAULT_LOCALE}/${chapterId}`];
  load?.().catch(() => undefined);
}
