import type { CourseManifest, LocalizedText } from '../content/types.ts';

/** What the server needs to know about one chapter to check events and build reports. */
export interface ChapterInfo {
  id: string;
  order: number;
  title: LocalizedText;
  /** The chapter's slide ids (the same in every locale). */
  slideIds: ReadonlySet<string>;
  quizIds: ReadonlySet<string>;
}

export interface CourseIndex {
  courseId: string;
  passMark: number;
  /** Chapters that have content, in course order. */
  chapters: ChapterInfo[];
  byId: ReadonlyMap<string, ChapterInfo>;
}

export function indexCourse(manifest: CourseManifest): CourseIndex {
  const chapters = [...manifest.chapters]
    .sort((a, b) => a.order - b.order)
    .map((chapter): ChapterInfo => {
      const title = { ...chapter.plannedTitle };
      if (chapter.locales['zh-CN']) title['zh-CN'] = chapter.locales['zh-CN'].title;
      if (chapter.locales.en) title.en = chapter.locales.en.title;
      return {
        id: chapter.id,
        order: chapter.order,
        title,
        slideIds: new Set(chapter.slideIds),
        quizIds: new Set(chapter.quizIds),
      };
    })
    .filter((chapter) => chapter.slideIds.size > 0);
  return {
    courseId: manifest.courseId,
    passMark: manifest.passMark,
    chapters,
    byId: new Map(chapters.map((chapter) => [chapter.id, chapter])),
  };
}
