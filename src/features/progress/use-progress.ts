import { useShallow } from 'zustand/react/shallow';
import type { ManifestChapter } from '../../content/types.ts';
import { course } from '../../course/course.ts';
import { useLocale } from '../../i18n/locale-store.ts';
import { own } from '../../progress/progress-data.ts';
import { useProgressStore } from '../../progress/progress-store.ts';
import {
  selectChapterProgress,
  selectCourseProgress,
  type ChapterProgress,
  type CourseProgress,
} from '../../progress/selectors.ts';

export function useChapterProgress(chapter: ManifestChapter): ChapterProgress {
  const locale = useLocale();
  return useProgressStore(useShallow((s) => selectChapterProgress(s, chapter, locale, course.passMark)));
}

export function useCourseProgress(): CourseProgress {
  const locale = useLocale();
  return useProgressStore(useShallow((s) => selectCourseProgress(s, course, locale)));
}

/** The chapter's first slide the learner has not seen yet, or null once every slide is seen. */
export function useFirstUnseenSlide(chapter: ManifestChapter): string | null {
  return useProgressStore((s) => {
    const seen = own(s.chapters, chapter.id)?.seen ?? {};
    return chapter.slideIds.find((slideId) => !Object.hasOwn(seen, slideId)) ?? null;
  });
}

