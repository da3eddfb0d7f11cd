import type { Chapter, CourseManifest } from '../content/types.ts';
import { formatMessage, hasErrors } from '../content/messages.ts';
import { compileContentDir } from '../content/files/read-content.ts';
import { readBuiltCourse } from '../content/files/server-course.ts';

/** The course as the server needs it: the manifest, and every chapter (with its test bank) by `<locale>/<id>`. */
export interface CompiledCourse {
  manifest: CourseManifest;
  chapters: ReadonlyMap<string, Chapter>;
}

/** Compiles `content/` as the build does; the server refuses to start on content errors. */
export function loadCourse(contentDir: string): CompiledCourse {
  const result = compileContentDir(contentDir);
  if (result.manifest === null || hasErrors(result.messages)) {
    const problems = result.messages.filter((m) => m.severity === 'error').map(formatMessage);
    throw new Error(`The course content has errors:\n${problems.join('\n')}`);
  }
  return { manifest: result.manifest, chapters: result.chapters };
}

/**
 * The course the server runs on: the one the build compiled for the client in `distDir`, or, when
 * the build wrote none, `contentDir` compiled now.
 */
export function loadServerCourse(distDir: string, contentDir: string): CompiledCourse & { source: 'build' | 'content' } {
  const built = readBuiltCourse(distDir);
  return built === null ? { ...loadCourse(contentDir), source: 'content' } : { ...built, source: 'build' };
}
