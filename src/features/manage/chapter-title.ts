import type { Locale } from '../../content/types.ts';
import { findChapter, summaryIn } from '../../course/course.ts';

/** "3. Key metrics": a chapter's number and title in the manager's language, or its id if unknown. */
export function chapterTitle(chapterId: string, locale: Locale): string {
  const chapter = findChapter(chapterId);
  if (chapter === undefined) return chapterId;
  return `${chapter.order}. ${summaryIn(chapter, locale)?.summary.title ?? chapter.plannedTitle[locale]}`;
}
