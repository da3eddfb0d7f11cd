import path from 'node:path';
import { chapterKey } from '../../src/content/course.ts';
import type { Chapter, CourseManifest, Locale } from '../../src/content/types.ts';
import { compileContentDir } from '../../src/content/files/read-content.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
let compiled: ReturnType<typeof compileContentDir> | null = null;

function course(): ReturnType<typeof compileContentDir> {
  compiled ??= compileContentDir(path.join(ROOT, 'content'));
  return compiled;
}

/** The compiled course, as the build made it: journeys look up faces, depths and diagrams here. */
export function compiledChapter(locale: Locale, id: string): Chapter {
  const chapter = course().chapters.get(chapterKey(locale, id));
  if (!chapter) throw new Error(`No compiled chapter ${locale}/${id}`);
  return chapter;
}

/** The course manifest, as the build made it: pass mark, test rules, chapters in order. */
export function compiledManifest(): CourseManifest {
  const manifest = course().manifest;
  if (!manifest) throw new Error('The content compiled without a manifest');
  return manifest;
}
