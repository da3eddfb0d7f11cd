import { collectQuizzes } from './content-rules.ts';
import type { CourseConfig } from './schemas.ts';
import { chapterKey, DEFAULT_LOCALE, LOCALES, slideBlocks, type Chapter, type ChapterSummary, type CourseManifest, type Locale } from './types.ts';

/** The eager manifest the home page ships with: the course's rules and, per chapter, ids and summaries. */
export function buildManifest(course: CourseConfig, chapters: Map<string, Chapter>): CourseManifest {
  return {
    courseId: course.id,
    title: course.title,
    passMark: course.passMark,
    test: course.test,
    chapters: course.chapters.map((entry, index) => {
      const original = chapters.get(chapterKey(DEFAULT_LOCALE, entry.id));
      return {
      id: entry.id,
      order: index + 1,
      plannedTitle: entry.title,
      slideIds: original?.slides.map((s) => s.id) ?? [],
      quizIds: original?.slides.flatMap((s) => collectQuizzes(slideBlocks(s)).map((q) => q.id)) ?? [],
      testSize: Math.min(course.test.questions, original?.test.length ?? 0),
      locales: Object.fromEntries(
        LOCALES.map((locale) => {
          const chapter = chapters.get(chapterKey(locale, entry.id));
          return [locale, chapter ? summarize(chapter) : null];
        }),
      ) as Record<Locale, ChapterSummary | null>,
      };
    }),
  };
}

function summarize(chapter: Chapter): ChapterSummary {
  return { title: chapter.title, summary: chapter.summary, duration: chapter.duration };
}
