import type { Chapter } from '../content/types.ts';
import type { ChapterModule } from './chapter-modules.ts';

/** Chapters loaded so far, by module key: a page rendered ahead of time (or hydrated) has its chapter at once. */
const loaded = new Map<string, Chapter>();

/** Loads a chapter module and keeps the chapter, so the next render of it needs no wait. */
export async function loadChapter(module: ChapterModule): Promise<Chapter> {
  const chapter = (await module.load()).default;
  loaded.set(module.key, chapter);
  return chapter;
}

/** The chapter under `key` if it has been loaded, synchronously. */
export function loadedChapter(key: string): Chapter | undefined {
  return loaded.get(key);
}
