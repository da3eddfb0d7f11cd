import { readBuiltCourse } from '../content/files/server-course.ts';
import type { CompiledCourse } from './course-loader.ts';

/**
 * The course the server runs on: the one the build compiled for the client in `distDir`, or, when
 * the build wrote none, `contentDir` compiled now. The compiler (and its Markdown toolchain, a
 * development dependency) is loaded only then, so a production install runs from a build alone.
 */
export async function loadServerCourse(distDir: string, contentDir: string): Promise<CompiledCourse & { source: 'build' | 'content' }> {
  const built = readBuiltCourse(distDir);
  if (built !== null) return { ...built, source: 'build' };
  let compiler: typeof import('./course-loader.ts');
  try {
    compiler = await import('./course-loader.ts');
  } catch (error) {
    throw new Error(
      `${distDir} holds no compiled course (.server/course.json) and the content compiler is not installed (a production install). Run \`npm run build\` with the development dependencies and start from that build.`,
      { cause: error },
    );
  }
  return { ...compiler.loadCourse(contentDir), source: 'content' };
}
