import type { CourseManifest } from '../../content/types.ts';
import type { Position } from '../../progress/progress-schema.ts';

/** `cmi.core.lesson_status` values this course reports (SCORM 1.2 RTE 3.4.2.2.3). */
export type LessonStatus = 'incomplete' | 'failed' | 'completed' | 'passed';

/** Statuses that are never taken back; `failed` and `incomplete` follow the learner's latest record. */
const FINAL_RANK: Record<string, number> = { completed: 1, passed: 2 };

/**
 * A finished status is never lowered (a learner who passed stays passed when the course content
 * later grows, or when the LMS set it itself); `failed` turns back to `incomplete` once the failed
 * test is retaken and passed while other chapters remain.
 */
export function keepBestStatus(previous: string | null, next: LessonStatus): LessonStatus {
  const held = previous === null ? 0 : (FINAL_RANK[previous] ?? 0);
  return held > (FINAL_RANK[next] ?? 0) ? (previous as LessonStatus) : next;
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
