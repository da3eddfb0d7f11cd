import { chapterKey, DEFAULT_LOCALE, LOCALES, type LocalizedText, type QuizBlock, type TestRules } from '../content/types.ts';
import { readingSpanMs } from '../quiz/completion.ts';
import type { CompiledCourse } from './course-loader.ts';
import { chapterText, type ChapterText } from './reports/quiz-text.ts';

/** What the server needs to know about one chapter to check events, grade tests and build reports. */
export interface ChapterInfo {
  id: string;
  order: number;
  title: LocalizedText;
  /** The chapter's slide ids (the same in every locale). */
  slideIds: ReadonlySet<string>;
  /** The practice quizzes on its slides (live polls may ask them). */
  quizIds: ReadonlySet<string>;
  /** The test bank with its answer keys (the same in every locale; the compiler checks). */
  test: readonly QuizBlock[];
  /** Questions per attempt; 0 when the chapter has no test. */
  testSize: number;
  /** The least span, first slide seen to last, that counts as having read the chapter. */
  readingSpanMs: number;
  /** Question, option and objective texts in every language, for reports and exports. */
  text: ChapterText;
}

export interface CourseIndex {
  courseId: string;
  title: LocalizedText;
  passMark: number;
  test: TestRules;
  /** Chapters that have content, in course order. */
  chapters: ChapterInfo[];
  byId: ReadonlyMap<string, ChapterInfo>;
}

export function indexCourse({ manifest, chapters: compiled }: CompiledCourse): CourseIndex {
  const chapters = [...manifest.chapters]
    .sort((a, b) => a.order - b.order)
    .map((chapter): ChapterInfo => {
      const title = { ...chapter.plannedTitle };
      if (chapter.locales['zh-CN']) title['zh-CN'] = chapter.locales['zh-CN'].title;
      if (chapter.locales.en) title.en = chapter.locales.en.title;
      const original = compiled.get(chapterKey(DEFAULT_LOCALE, chapter.id));
      const translations = LOCALES.flatMap((locale) => compiled.get(chapterKey(locale, chapter.id)) ?? []);
      // A slide's reading time is the least over its languages: the faster read is still plausible.
      const readingMs = chapter.slideIds.map((slideId) =>
        Math.min(...translations.map((c) => c.slides.find((s) => s.id === slideId)?.readingMs ?? Infinity)),
      );
      return {
        id: chapter.id,
        order: chapter.order,
        title,
        slideIds: new Set(chapter.slideIds),
        quizIds: new Set(chapter.quizIds),
        test: original?.test ?? [],
        testSize: chapter.testSize,
        readingSpanMs: readingSpanMs(readingMs.filter(Number.isFinite)),
        text: chapterText(compiled, chapter.id),
      };
    })
    .filter((chapter) => chapter.slideIds.size > 0);
  return {
    courseId: manifest.courseId,
    title: manifest.title,
    passMark: manifest.passMark,
    test: manifest.test,
    chapters,
    byId: new Map(chapters.map((chapter) => [chapter.id, chapter])),
  };
}
