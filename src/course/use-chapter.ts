import { useEffect, useMemo, useState } from 'react';
import { chapterKey, DEFAULT_LOCALE, type Chapter, type Locale } from '../content/types.ts';
import { loadChapter, loadedChapter } from './chapter-cache.ts';
import { chapterModule } from './chapter-modules.ts';

export type ChapterState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'error'; retry: () => void }
  | { status: 'ready'; chapter: Chapter; fallback: boolean };

type Loaded = { key: string; chapter: Chapter } | { key: string; failed: true };

/** Loads a chapter's compiled module in the learner's locale, falling back to the original. */
export function useChapter(chapterId: string, locale: Locale): ChapterState {
  const module = useMemo(() => chapterModule(chapterId, locale), [chapterId, locale]);
  const key = module?.key ?? chapterKey(DEFAULT_LOCALE, chapterId);
  const fallback = module?.fallback ?? true;
  const [attempt, setAttempt] = useState(0);
  const [state, setLoaded] = useState<Loaded | null>(null);
  // A chapter loaded before (for a page rendered ahead of time, or read earlier) shows at once.
  const cached = loadedChapter(key);
  const loaded: Loaded | null = state?.key === key ? state : cached ? { key, chapter: cached } : null;

  useEffect(() => {
    if (!module) return undefined;
    let cancelled = false;
    loadChapter(module).then(
      (chapter) => !cancelled && setLoaded({ key, chapter }),
      () => !cancelled && setLoaded({ key, failed: true }),
    );
    // In development an edited chapter arrives as an event; swap it in without a reload.
    const onUpdate = (event: Event) => {
      const chapter = (event as CustomEvent<Chapter>).detail;
      if (chapterKey(chapter.locale, chapter.id) === key) setLoaded({ key, chapter });
    };
    window.addEventListener('courseware:update-chapter', onUpdate);
    return () => {
      cancelled = true;
      window.removeEventListener('courseware:update-chapter', onUpdate);
    };
  }, [key, module, attempt]);

  if (!module) return { status: 'missing' };
  if (!loaded) return { status: 'loading' };
  if ('failed' in loaded) {
    return {
      status: 'error',
      retry: () => {
        setLoaded(null);
        setAttempt((n) => n + 1);
      },
    };
  }
  return { status: 'ready', chapter: loaded.chapter, fallback };
}
