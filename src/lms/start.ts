import { DEFAULT_LOCALE, LOCALES, type Locale, type QuizBlock } from '../content/types.ts';
import { chapterModule } from '../course/chapter-modules.ts';
import { course } from '../course/course.ts';
import { useProgressStore } from '../progress/progress-store.ts';
import { startScorm12, type Scorm12Session } from './scorm12/start-scorm12.ts';

let session: Scorm12Session | null | undefined;

/**
 * Starts LMS tracking for the packaged course (the `scorm` build calls it before the first render).
 * Inert when the course was not launched by an LMS. Safe to call more than once.
 */
export function startLmsAdapter(): Scorm12Session | null {
  if (session !== undefined) return session;
  try {
    session = startScorm12({ window, store: useProgressStore, manifest: course, loadQuizzes });
  } catch {
    // Tracking must never stop the course from opening.
    session = null;
  }
  return session;
}

/** The chapter's test bank: ids and answers are the same in every locale; load whichever the learner already has. */
async function loadQuizzes(chapterId: string): Promise<QuizBlock[]> {
  const locale = (LOCALES as readonly string[]).includes(document.documentElement.lang) ? (document.documentElement.lang as Locale) : DEFAULT_LOCALE;
  const module = chapterModule(chapterId, locale);
  return module === null ? [] : (await module.load()).default.test;
}
