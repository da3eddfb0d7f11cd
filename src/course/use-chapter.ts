import { useEffect, useState } from 'react';
import { chapterKey, DEFAULT_LOCALE, type Chapter, type Locale } from '../content/types.ts';
import { chapterModule } from './chapter-modules.ts';

export type ChapterState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'error'; retry: () => void }
  | { status: 'ready'; chapter: Chapter; fallback: boolean };

type Loaded = { key: string; chapter: Chapter } | { key: string; failed: true };

/** Loads a chapter's compiled module in the learner's locale, falling back to the original. */
export function useChapter(chapterId: string, locale: Locale): ChapterState {
  const module = chapterModule(chapterId, locale);
  const key = module?.key ?? chapterKey(DEFAULT_LOCALE, chapterId);
  const load = module?.load;
  const fallback = module?.fallback ?? true;
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    if (!load) return undefined;
    let cancelled = false;
    load().then(
      (module) => !cancelled && setLoaded({ key, chapter: module.default }),
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
  }, [key, load, attempt]);

  if (!load) return { status: 'missing' };
  if (!loaded || loaded.key !== key) return { status: 'loading' };
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
