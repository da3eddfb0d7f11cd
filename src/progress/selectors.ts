import type { ChapterSummary, CourseManifest, Locale, ManifestChapter } from '../content/types.ts';
import { own, type ProgressData, type ProgressEvent } from './progress-schema.ts';

/**
 * Derived progress. All pure; they return fresh objects, so components read them through
 * `useShallow` (e.g. `useProgressStore(useShallow((s) => selectChapterProgress(s, ch, locale, pass)))`).
 */

/** Scores are fractions computed in floating point; 0.7999999999 must pass a 0.8 mark. */
const PASS_EPSILON = 1e-9;

export interface ChapterProgress {
  seenCount: number;
  slideCount: number;
  /** Share of the chapter's slides seen, 0..100, rounded down so 100 means every slide. */
  percent: number;
  /** Best score among attempts that covered every current quiz of the chapter. */
  bestScore: number | null;
  attempts: number;
  complete: boolean;
  completedAt: number | null;
}

export interface CourseProgress {
  completedChapters: number;
  /** Chapters that have content; planned chapters without a file do not count yet. */
  totalChapters: number;
  percent: number;
  complete: boolean;
}

/** The chapter in `locale`, or in a locale that has it when that one has no file (the reader falls back too). */
function summaryFor(chapter: ManifestChapter, locale: Locale): ChapterSummary | null {
  return chapter.locales[locale] ?? Object.values(chapter.locales).find((s) => s !== null) ?? null;
}

/**
 * Complete means every slide seen and, if the chapter has quizzes, a best score at or above the
 * pass mark. Slide ids no longer in the manifest stay in the state but are not counted; a chapter
 * without slides (planned, not written yet) is never complete.
 */
export function selectChapterProgress(
  state: Pick<ProgressData, 'chapters'>,
  chapter: ManifestChapter,
  locale: Locale,
  passMark: number,
): ChapterProgress {
  const record = own(state.chapters, chapter.id);
  const summary = summaryFor(chapter, locale);
  const slides = summary?.slides ?? [];
  const quizIds = summary?.quizIds ?? [];
  const seenCount = record === undefined ? 0 : slides.filter((slide) => Object.hasOwn(record.seen, slide.id)).length;
  const attempts = record?.attempts ?? [];
  const bestScore = attempts
    .filter((attempt) => quizIds.every((quizId) => attempt.quizIds.includes(quizId)))
    .reduce<number | null>((best, attempt) => (best === null || attempt.score > best ? attempt.score : best), null);
  const slideCount = slides.length;
  const passed = quizIds.length === 0 || (bestScore !== null && bestScore >= passMark - PASS_EPSILON);
  return {
    seenCount,
    slideCount,
    percent: slideCount === 0 ? 0 : Math.floor((seenCount * 100) / slideCount),
    bestScore,
    attempts: attempts.length,
    complete: slideCount > 0 && seenCount === slideCount && passed,
    completedAt: record?.completedAt ?? null,
  };
}

/**
 * The chapter's progress in whichever locale the learner got furthest. Slide ids are shared across
 * locales, so this differs from the per-locale view only while a translation lags behind; the
 * store's completion check and the CSV export use it because neither knows the reader's locale.
 */
export function selectBestChapterProgress(
  state: Pick<ProgressData, 'chapters'>,
  chapter: ManifestChapter,
  passMark: number,
): ChapterProgress | null {
  let best: ChapterProgress | null = null;
  for (const locale of Object.keys(chapter.locales) as Locale[]) {
    const progress = selectChapterProgress(state, chapter, locale, passMark);
    if (best === null || rank(progress) > rank(best)) best = progress;
  }
  return best;
}

function rank(progress: ChapterProgress): number {
  return (progress.complete ? 1 : 0) * 1e6 + progress.seenCount;
}

export function selectCourseProgress(
  state: Pick<ProgressData, 'chapters'>,
  manifest: CourseManifest,
  locale: Locale,
): CourseProgress {
  const available = manifest.chapters.filter((chapter) => summaryFor(chapter, locale) !== null);
  const completedChapters = available.filter(
    (chapter) => selectChapterProgress(state, chapter, locale, manifest.passMark).complete,
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
  const exists =
    chapter !== undefined &&
    Object.values(chapter.locales).some((summary) => summary?.slides.some((slide) => slide.id === position.slideId));
  return exists ? { chapterId: position.chapterId, slideId: position.slideId } : null;
}

export function selectPendingEvents(state: Pick<ProgressData, 'outbox'>): ProgressEvent[] {
  return state.outbox.filter((event) => !event.acked);
}
