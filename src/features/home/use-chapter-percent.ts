import type { ManifestChapter } from '../../content/types.ts';
import { course } from '../../course/course.ts';
import { useLocale } from '../../i18n/locale-store.ts';
import { useProgressStore } from '../../progress/progress-store.ts';
import { selectChapterProgress } from '../../progress/selectors.ts';

/** Share of the chapter's slides the learner has seen, 0..100. */
export function useChapterPercent(chapter: ManifestChapter): number {
  const locale = useLocale();
  return useProgressStore((state) => selectChapterProgress(state, chapter, locale, course.passMark).percent);
}

/** Whether every slide is seen and the chapter test passed. */
export function useChapterComplete(chapter: ManifestChapter): boolean {
  const locale = useLocale();
  return useProgressStore((state) => selectChapterProgress(state, chapter, locale, course.passMark).complete);
}
