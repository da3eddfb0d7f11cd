import { DEFAULT_LOCALE, type CourseManifest } from '../../content/types.ts';
import type { Position, ProgressData } from '../../progress/progress-schema.ts';
import { computeChapterProgress, selectCourseProgress } from '../../progress/selectors.ts';
import { isPassed } from '../../quiz/completion.ts';

/** `cmi.core.lesson_status` values this course reports (SCORM 1.2 RTE 3.4.2.2.3). */
export type LessonStatus = 'incomplete' | 'failed' | 'completed' | 'passed';

export interface CourseOutcome {
  status: LessonStatus;
  /** The course score, 0..1, once it is final (every chapter complete); null before that or when no chapter has a test. */
  score: number | null;
}

type Facts = Pick<ProgressData, 'chapters'>;

/**
 * The course score: the mean of the best chapter-test scores over the chapters that have a test,
 * a chapter not yet attempted counting 0. Null when no chapter has a test.
 */
export function courseScore(progress: Facts, manifest: CourseManifest): number | null {
  const tested = manifest.chapters.filter((chapter) => chapter.slideIds.length > 0 && chapter.testSize > 0);
  if (tested.length === 0) return null;
  const total = tested.reduce(
    (sum, chapter) => sum + (computeChapterProgress(progress, chapter, manifest.passMark).bestScore ?? 0),
    0,
  );
  return total / tested.length;
}

/**
 * `incomplete` while any chapter is incomplete. Once every chapter is complete: `passed` if the
 * course score reaches the pass mark, else `failed`, or `completed` when no chapter has a test.
 *
 * The score is withheld until then: an LMS with a mastery score may turn any reported score into
 * passed/failed (SCORM 1.2 RTE 3.4.4, Moodle does by default), which a part-way score would make wrong.
 */
export function courseOutcome(progress: Facts, manifest: CourseManifest): CourseOutcome {
  if (!selectCourseProgress(progress, manifest, DEFAULT_LOCALE).complete) return { status: 'incomplete', score: null };
  const score = courseScore(progress, manifest);
  if (score === null) return { status: 'completed', score: null };
  return { status: isPassed(score, manifest.passMark) ? 'passed' : 'failed', score };
}

const STATUS_RANK: Record<string, number> = { incomplete: 1, failed: 2, completed: 3, passed: 4 };

/**
 * A status is never lowered below what the LMS already holds (from an earlier session, or set by
 * the LMS itself): a learner who passed stays passed when the course content later grows.
 */
export function keepBestStatus(previous: string | null, next: LessonStatus): LessonStatus {
  const held = previous === null ? 0 : (STATUS_RANK[previous] ?? 0);
  return held > STATUS_RANK[next]! ? (previous as LessonStatus) : next;
}

/** A 0..1 score as `cmi.core.score.raw` (0..100), rounded down to hundredths so it never rounds up to a pass. */
export function formatScore(score: number): string {
  const hundredths = Math.floor(Math.min(1, Math.max(0, score)) * 10_000 + 1e-6);
  return String(hundredths / 100);
}

/** The pass mark (0..1) as an `adlcp:masteryscore` (0..100). */
export function formatMasteryScore(passMark: number): string {
  return String(Math.round(Math.min(1, Math.max(0, passMark)) * 10_000) / 100);
}

/** A duration as a SCORM 1.2 CMITimespan, `HHHH:MM:SS.SS` (hours capped at 9999). */
export function formatTimespan(ms: number): string {
  const centis = Math.min(Math.max(0, Math.floor(ms / 10)), 9999 * 360_000 + 359_999);
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = Math.floor((centis % 6000) / 100);
  const fraction = centis % 100;
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(fraction, 2)}`;
}

/** A moment as a SCORM 1.2 CMITime, the local time of day `HH:MM:SS`. */
export function formatClockTime(at: number): string {
  const date = new Date(at);
  return `${pad(date.getHours(), 2)}:${pad(date.getMinutes(), 2)}:${pad(date.getSeconds(), 2)}`;
}

/** CMIString255. */
const LOCATION_LIMIT = 255;

/** The bookmark, `<chapter id>/<slide id>`; null when the position is not in the course. */
export function lessonLocation(position: Omit<Position, 'at'> | null, manifest: CourseManifest): string | null {
  if (position === null || !isSlideOf(manifest, position.chapterId, position.slideId)) return null;
  const text = `${position.chapterId}/${position.slideId}`;
  return text.length <= LOCATION_LIMIT ? text : null;
}

export function parseLessonLocation(text: string | null, manifest: CourseManifest): Omit<Position, 'at'> | null {
  const match = text === null ? null : /^([^/]+)\/([^/]+)$/.exec(text);
  if (match === null) return null;
  const [, chapterId = '', slideId = ''] = match;
  return isSlideOf(manifest, chapterId, slideId) ? { chapterId, slideId } : null;
}

function isSlideOf(manifest: CourseManifest, chapterId: string, slideId: string): boolean {
  return manifest.chapters.some((chapter) => chapter.id === chapterId && chapter.slideIds.includes(slideId));
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
