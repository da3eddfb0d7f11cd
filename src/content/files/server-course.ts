import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Chapter, CourseManifest } from '../types.ts';

/**
 * The compiled course as the build hands it to the server: `<dist>/.server/course.json`, written
 * next to the client it was compiled with (a dot folder, so the static server never serves it and
 * the service worker never caches it).
 */
export const SERVER_COURSE_FILE = '.server/course.json';

export interface SerializedCourse {
  manifest: CourseManifest;
  /** Every compiled chapter, `<locale>/<id>` first. */
  chapters: Array<[string, Chapter]>;
}

export function serializeCourse(manifest: CourseManifest, chapters: ReadonlyMap<string, Chapter>): string {
  const course: SerializedCourse = { manifest, chapters: [...chapters] };
  return JSON.stringify(course);
}

/** The course the build wrote into `distDir`, or null when there is none (or it is not one). */
export function readBuiltCourse(distDir: string): { manifest: CourseManifest; chapters: Map<string, Chapter> } | null {
  const file = path.join(distDir, SERVER_COURSE_FILE);
  if (!existsSync(file)) return null;
  try {
    const course = JSON.parse(readFileSync(file, 'utf8')) as Partial<SerializedCourse>;
    if (typeof course.manifest?.courseId !== 'string' || !Array.isArray(course.chapters)) return null;
    return { manifest: course.manifest, chapters: new Map(course.chapters) };
  } catch {
    return null;
  }
}
