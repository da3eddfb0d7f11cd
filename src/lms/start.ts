import { LOCALES } from '../content/types.ts';
import { chapterModule } from '../course/chapter-modules.ts';
import { course } from '../course/course.ts';
import { useProgressStore } from '../progress/progress-store.ts';
import { readingSpanMs } from '../quiz/completion.ts';
import { lmsLaunch } from './boot.ts';
import { createConnectionBanner } from './connection-banner.ts';
import type { ChapterFacts } from './course-record.ts';
import { startScorm12 } from './scorm12/start-scorm12.ts';

let started = false;

/**
 * Starts LMS tracking for the packaged course (the package's entry calls it before the first
 * render), for the launch `boot.ts` found: a cmi5 AU session, a SCORM 1.2 session, or, without a
 * working LMS, a notice that nothing is being recorded. Safe to call more than once.
 */
export function startLmsAdapter(): void {
  const launch = lmsLaunch();
  if (started || launch === null) return;
  started = true;
  const banner = createConnectionBanner(document);
  const reload = () => {
    window.location.reload();
    return false;
  };
  try {
    if (launch.standard === 'cmi5') {
      void import('./cmi5/start-cmi5.ts').then((cmi5) =>
        cmi5.startCmi5({ window, params: launch.params, store: useProgressStore, manifest: course, loadChapter, banner }),
      );
      return;
    }
    const scorm = launch.launch;
    if (scorm.kind !== 'connected') {
      banner.show(scorm.kind, reload);
      return;
    }
    const session = startScorm12({
      window,
      launch: scorm,
      store: useProgressStore,
      manifest: course,
      loadChapter,
      onHealth: (recording) => {
        if (recording) banner.hide();
        else banner.show('failing', () => (scorm.connection.open ? (session.reporter()?.retry() ?? false) : reload()));
      },
    });
  } catch {
    // Tracking must never stop the course from opening; the learner is told it is not recording.
    banner.show('failing', reload);
  }
}

/**
 * A chapter's test bank (ids and answers are the same in every locale) and its reading span,
 * taken over its languages as the server does: each slide's reading time is its least over them.
 */
async function loadChapter(chapterId: string): Promise<ChapterFacts> {
  const modules = LOCALES.flatMap((locale) => {
    const module = chapterModule(chapterId, locale);
    return module === null || module.fallback ? [] : [module];
  });
  const chapters = await Promise.all(modules.map(async (module) => (await module.load()).default));
  const first = chapters[0];
  if (first === undefined) return { test: [], readingSpanMs: 0 };
  const readingMs = first.slides.map((slide) => Math.min(...chapters.map((c) => c.slides.find((s) => s.id === slide.id)?.readingMs ?? Infinity)));
  return { test: first.test, readingSpanMs: readingSpanMs(readingMs.filter(Number.isFinite)) };
}
