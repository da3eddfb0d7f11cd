import { fileURLToPath } from 'node:url';
import type { CourseManifest } from '../../../src/content/types.ts';
import { loadCourse, type CompiledCourse } from '../../../src/server/course-loader.ts';

export const CONTENT_DIR = fileURLToPath(new URL('../../../content', import.meta.url));

let course: CompiledCourse | null = null;

/** The real course, compiled once per test worker. */
export function compiledCourse(): CompiledCourse {
  course ??= loadCourse(CONTENT_DIR);
  return course;
}

export function courseManifest(): CourseManifest {
  return compiledCourse().manifest;
}

/** The first chapter with quizzes, and handy ids from it. */
export function sampleChapter(m = courseManifest()) {
  const chapter = m.chapters.find((c) => c.slideIds.length >= 3 && c.quizIds.length >= 2)!;
  const other = m.chapters.find((c) => c.id !== chapter.id && c.slideIds.length > 0)!;
  return { chapter, other, slides: chapter.slideIds, quizzes: chapter.quizIds };
}
