import type { Chapter, CourseManifest } from '../content/types.ts';
import { formatMessage, hasErrors } from '../content/messages.ts';
import { compileContentDir } from '../content/files/read-content.ts';

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
