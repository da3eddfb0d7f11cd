import type { CourseManifest } from '../content/types.ts';
import { formatMessage, hasErrors } from '../content/messages.ts';
import { compileContentDir } from '../content/vite/read-content.ts';

/** Compiles `content/` as the build does; the server refuses to start on content errors. */
export function loadManifest(contentDir: string): CourseManifest {
  const result = compileContentDir(contentDir);
  if (result.manifest === null || hasErrors(result.messages)) {
    const problems = result.messages.filter((m) => m.severity === 'error').map(formatMessage);
    throw new Error(`The course content has errors:\n${problems.join('\n')}`);
  }
  return result.manifest;
}
