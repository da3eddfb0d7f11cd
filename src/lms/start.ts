import loaders from 'virtual:courseware/chapters';
import { DEFAULT_LOCALE, type QuizBlock } from '../content/types.ts';
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
  const load = loaders[`${document.documentElement.lang}/${chapterId}`] ?? loaders[`${DEFAULT_LOCALE}/${chapterId}`];
  return load === undefined ? [] : (await load()).default.test;
}
