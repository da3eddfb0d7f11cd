import type { CourseManifest, Locale, ManifestChapter } from '../content/types.ts';
import { isChapterComplete } from '../quiz/completion.ts';
import { own } from './progress-data.ts';
import type { ProgressData, ProgressEvent, QuizAttempt } from './progress-schema.ts';

/**
 * Derived progress. All pure; they return fresh objects, so components read them through
 * `useShallow` (e.g. `useProgressStore(useShallow((s) => selectChapterProgress(s, ch, locale, pass)))`).
 * Slide and quiz ids are the same in every locale (the compiler checks), so the `locale` the
 * selectors take does not change their result.
 */

export interface ChapterProgress {
  seenCount: number;
  slideCount: number;
  /** Share of the chapter's slides seen, 0..100, rounded down so 100 means every slide. */
  percent: number;
  /** Best score among the attempts that count (see `countedScore`). */
  bestScore: number | null;
  attempts: number;
  complete: boolean;
  completedAt: number | null;
}

export interface CourseProgress {
  completedChapters: number;
  /** Chapters that have slides; planned chapters not written yet do not count. */
  totalChapters: number;
  percent: number;
  complete: boolean;
}

/**
 * Complete means every slide seen and, if the chapter has quizzes, a best score at or above the
 * pass mark (the rule in `quiz/chapter-test`). Slide ids no longer in the manifest stay in the
 * state but are not counted; a chapter without slides (not written yet) is never complete.
 */
export function computeChapterProgress(
  state: Pick<ProgressData, 'chapters'>,
  chapter: ManifestChapter,
  passMark: number,
): ChapterProgress {
  const record = own(state.chapters, chapter.id);
  const { slideIds, testSize } = chapter;
  const seenCount = record === undefined ? 0 : slideIds.filter((id) => Object.hasOwn(record.seen, id)).length;
  const attempts = record?.attempts ?? [];
  const bestScore = attempts
    .map((attempt) => countedScore(attempt, testSize))
    .reduce<number | null>((best, score) => (score !== null && (best === null || score > best) ? score : best), null);
  const slideCount = slideIds.length;
  const seenSlideIds = record === undefined ? [] : Object.keys(record.seen);
  return {
    seenCount,
    slideCount,
    percent: slideCount === 0 ? 0 : Math.floor((seenCount * 100) / slideCount),
    bestScore,
    // Attempts taken here; imported ones are history, not attempts at this learner's test.
    attempts: attempts.filter((attempt) => attempt.imported !== true).length,
    complete: slideCount > 0 && isChapterComplete({ slideIds, seenSlideIds, hasTest: testSize > 0, bestScore, passMark }),
    completedAt: record?.completedAt ?? null,
  };
}

/**
 * The score an attempt counts with, or null if it does not count: the server's verdict once
 * synced; before that the device's own grading, for a full draw from the current bank. Attempts
 * from an imported file and attempts from before the banks (no seed) never count.
 */
export function countedScore(attempt: QuizAttempt, testSize: number): number | null {
  if (attempt.imported === true) return null;
  if (attempt.verdict !== undefined) return attempt.verdict.verdict === 'graded' ? attempt.verdict.score : null;
  return attempt.seed !== undefined && testSize > 0 && attempt.quizIds.length === testSize ? attempt.score : null;
}

/**
 * Whether an attempt counts against the attempt rules (wait, daily limit) on this device: one taken
 * here with a drawn test, and not refused by the server. The server applies the same rules to the
 * attempts it graded.
 */
export function countsAgainstAttemptRules(attempt: QuizAttempt): boolean {
  return attempt.seed !== undefined && attempt.imported !== true && (attempt.verdict === undefined || attempt.verdict.verdict === 'graded');
}

export function selectChapterProgress(
  state: Pick<ProgressData, 'chapters'>,
  chapter: ManifestChapter,
  _locale: Locale,
  passMark: number,
): ChapterProgress {
  return computeChapterProgress(state, chapter, passMark);
}

export function selectCourseProgress(
  state: Pick<ProgressData, 'chapters'>,
  manifest: CourseManifest,
  _locale: Locale,
): CourseProgress {
  const available = manifest.chapters.filter((chapter) => chapter.slideIds.length > 0);
  const completedChapters = available.filter(
    (chapter) => computeChapterProgress(state, chapter, manifest.passMark).complete,
  ).length;
  const totalChapters = available.length;
  return {
    completedChapters,
    totalChapters,
    percent: totalChapters === 0 ? 0 : Math.floor((completedChapters * 100) / totalChapters),
    complete: totalChapters > 0 && completedChapters === totalChapters,
  };
}

/** Where to resume: the last position, unless its chapter or slide has since left the course. */
export function selectResumeTarget(
  state: Pick<ProgressData, 'lastPosition'>,
  manifest: CourseManifest,
): { chapterId: string; slideId: string } | null {
  const position = state.lastPosition;
  if (position === null) return null;
  const chapter = manifest.chapters.find((c) => c.id === position.chapterId);
  return chapter?.slideIds.includes(position.slideId) ? { chapterId: position.chapterId, slideId: position.slideId } : null;
}

export function selectPendingEvents(state: Pick<ProgressData, 'outbox'>): ProgressEvent[] {
  return state.outbox.filter((event) => !event.acked);
}
