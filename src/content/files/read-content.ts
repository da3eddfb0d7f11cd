import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compileCourse, type CourseCompileResult, type SourceFile } from '../course.ts';
import { diskDataLoader } from './data-files.ts';

export type ContentDirResult = CourseCompileResult & {
  /** Every file the result depends on (course.yaml, chapters, the data files they chart). */
  files: string[];
};

interface ContentSources {
  course: SourceFile;
  chapters: SourceFile[];
  /** Absolute paths of course.yaml and the chapter files. */
  files: string[];
}

const toRelative = (root: string) => (p: string) => path.relative(root, p).split(path.sep).join('/');

function readContentDir(contentDir: string, root: string): ContentSources {
  const rel = toRelative(root);
  const coursePath = path.join(contentDir, 'course.yaml');
  const chapterFiles = readdirSync(contentDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'data')
    .flatMap((d) =>
      readdirSync(path.join(contentDir, d.name))
        .filter((f) => f.endsWith('.md'))
        .sort()
        .map((f) => path.join(contentDir, d.name, f)),
    );
  return {
    course: { path: rel(coursePath), text: existsSync(coursePath) ? readFileSync(coursePath, 'utf8') : '' },
    chapters: chapterFiles.map((file) => ({ path: rel(file), text: readFileSync(file, 'utf8') })),
    files: [coursePath, ...chapterFiles],
  };
}

/** Reads `content/` from disk and compiles it: the file-system layer around the pure compiler. */
export function compileContentDir(contentDir: string, root = path.dirname(contentDir)): ContentDirResult {
  const sources = readContentDir(contentDir, root);
  const dataFiles = new Set<string>();
  const result = compileCourse({ course: sources.course, chapters: sources.chapters, loadData: diskDataLoader(contentDir, toRelative(root), dataFiles) });
  return { ...result, files: [...sources.files, ...dataFiles] };
}
