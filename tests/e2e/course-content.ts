import path from 'node:path';
import { chapterKey } from '../../src/content/course.ts';
import type { Chapter, Locale } from '../../src/content/types.ts';
import { compileContentDir } from '../../src/content/vite/read-content.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
let compiled: ReturnType<typeof compileContentDir> | null = null;

/** The compiled course, as the build made it: journeys look up faces, depths and diagrams here. */
export function compiledChapter(locale: Locale, id: string): Chapter {
  compiled ??= compileContentDir(path.join(ROOT, 'content'));
  const chapter = compiled.chapters.get(chapterKey(locale, id));
  if (!chapter) throw new Error(`No compiled chapter ${locale}/${id}`);
  return chapter;
}
