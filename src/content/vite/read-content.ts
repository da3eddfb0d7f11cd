import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compileCourse, type CourseCompileResult } from '../course.ts';
import type { DataFile } from '../context.ts';

/** Reads `content/` from disk and compiles it: the file-system layer around the pure compiler. */
export function compileContentDir(contentDir: string, root = path.dirname(contentDir)): CourseCompileResult & { files: string[] } {
  const rel = (p: string) => path.relative(root, p).split(path.sep).join('/');
  const read = (p: string) => readFileSync(p, 'utf8');
  const coursePath = path.join(contentDir, 'course.yaml');
  const chapterFiles = readdirSync(contentDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'data')
    .flatMap((d) =>
      readdirSync(path.join(contentDir, d.name))
        .filter((f) => f.endsWith('.md'))
        .sort()
        .map((f) => path.join(contentDir, d.name, f)),
    );
  const dataFiles: string[] = [];
  const loadData = (name: string): DataFile | null => {
    for (const format of ['csv', 'json'] as const) {
      const file = path.join(contentDir, 'data', `${name}.${format}`);
      if (existsSync(file)) {
        dataFiles.push(file);
        return { path: rel(file), text: read(file), format };
      }
    }
    return null;
  };
  const result = compileCourse({
    course: { path: rel(coursePath), text: existsSync(coursePath) ? read(coursePath) : '' },
    chapters: chapterFiles.map((file) => ({ path: rel(file), text: read(file) })),
    loadData,
  });
  return { ...result, files: [coursePath, ...chapterFiles, ...dataFiles] };
}
