import type { CourseManifest, ManifestChapter } from '../content/types.ts';
import { emptyProgress, own } from '../progress/progress-data.ts';
import type { ChapterRecord, ProgressData } from '../progress/progress-schema.ts';
import { computeChapterProgress } from '../progress/selectors.ts';
import { isPassed } from '../quiz/completion.ts';
import { decodeBits, encodeBits, fingerprint } from './base64url.ts';

/**
 * The learner's progress in a few hundred characters, for an LMS's `suspend_data` (SCORM 1.2
 * allows 4,096). Only what restores the course's state is kept: per chapter the slides seen, the
 * best chapter-test score and whether it was completed, plus the last position.
 *
 * Format `c1.<time>.<position>.<chapter>.<chapter>…` (see the README, "LMS export"):
 * - `time`: base36 seconds since the epoch of the newest fact held; restored facts carry it.
 * - `position`: `<chapter index>:<slide index>` in base36, or empty.
 * - `chapter`: `<index>:<fingerprints>:<completed 0|1>:<best score ‰ base36, or empty>:<seen slides>`,
 *   seen slides being a bitset over the chapter's slides in manifest order, in base64url.
 * Indexes follow the manifest order. Each chapter entry carries a fingerprint of its id (so a
 * reordered course still finds it) and of its slide and quiz ids (so seen slides and scores are
 * dropped, rather than misread, when the chapter's content has changed since they were saved).
 */

export const SUSPEND_DATA_LIMIT = 4096;
const FORMAT = 'c1';
/** Scores are kept in thousandths. */
const SCORE_STEPS = 1000;
/** Later than any real save time (year 5138): anything above is not a time this code wrote. */
const MAX_SECONDS = 100_000_000_000;

export interface ChapterSnapshot {
  chapterId: string;
  /** Seen slides among the chapter's current ones. */
  seenSlideIds: string[];
  /** Best counted chapter-test score, 0..1 in thousandths; null before the first counted attempt. */
  bestScore: number | null;
  completed: boolean;
}

export interface ProgressSnapshot {
  /** Epoch ms in whole seconds: the newest fact held, 0 when there is none. */
  savedAt: number;
  chapters: ChapterSnapshot[];
  position: { chapterId: string; slideId: string } | null;
}

type Facts = Pick<ProgressData, 'chapters' | 'lastPosition'>;

/** Everything `suspend_data` keeps about `progress`, judged against `manifest`. */
export function takeSnapshot(progress: Facts, manifest: CourseManifest): ProgressSnapshot {
  const position = resumablePosition(progress.lastPosition, manifest);
  const chapters: ChapterSnapshot[] = [];
  let newest = position === null ? 0 : (progress.lastPosition?.at ?? 0);
  for (const chapter of manifest.chapters) {
    const record = own(progress.chapters, chapter.id);
    if (record !== undefined) newest = Math.max(newest, newestFact(record));
    const computed = computeChapterProgress(progress, chapter, manifest.passMark);
    const seenSlideIds = record === undefined ? [] : chapter.slideIds.filter((id) => Object.hasOwn(record.seen, id));
    const bestScore = computed.bestScore === null ? null : quantizeScore(computed.bestScore, manifest.passMark);
    const completed = computed.complete || (record?.completedAt ?? null) !== null;
    if (seenSlideIds.length > 0 || bestScore !== null || completed || position?.chapterId === chapter.id) {
      chapters.push({ chapterId: chapter.id, seenSlideIds, bestScore, completed });
    }
  }
  return { savedAt: Math.floor(Math.max(0, newest) / 1000) * 1000, chapters, position };
}

/**
 * A score in thousandths, rounded down (so float noise never turns into a pass), except that a
 * passing score never rounds to below the pass mark.
 */
export function quantizeScore(score: number, passMark: number): number {
  let steps = Math.min(SCORE_STEPS, Math.max(0, Math.floor(score * SCORE_STEPS + 1e-6)));
  if (isPassed(score, passMark)) {
    while (steps < SCORE_STEPS && !isPassed(steps / SCORE_STEPS, passMark)) steps++;
  }
  return steps / SCORE_STEPS;
}

export function encodeSnapshot(snapshot: ProgressSnapshot, manifest: CourseManifest): string {
  const index = new Map(manifest.chapters.map((chapter, i) => [chapter.id, i]));
  const entries: string[] = [];
  for (const saved of snapshot.chapters) {
    const i = index.get(saved.chapterId);
    const chapter = i === undefined ? undefined : manifest.chapters[i];
    if (i === undefined || chapter === undefined) continue;
    const seen = new Set(saved.seenSlideIds);
    const bits = encodeBits(chapter.slideIds.map((id) => seen.has(id)));
    const score = saved.bestScore === null ? '' : Math.round(saved.bestScore * SCORE_STEPS).toString(36);
    entries.push([i.toString(36), chapterFingerprints(chapter), saved.completed ? '1' : '0', score, bits].join(':'));
  }
  let position = '';
  if (snapshot.position !== null) {
    const i = index.get(snapshot.position.chapterId);
    const slide = i === undefined ? -1 : (manifest.chapters[i]?.slideIds.indexOf(snapshot.position.slideId) ?? -1);
    if (i !== undefined && slide !== -1) position = `${i.toString(36)}:${slide.toString(36)}`;
  }
  return [FORMAT, Math.floor(snapshot.savedAt / 1000).toString(36), position, ...entries].join('.');
}

/**
 * Reads `encodeSnapshot` output against the current manifest. Chapters the course no longer has
 * are dropped, and so are the seen slides and score of a chapter whose content has changed.
 * Returns null for anything else that is not this format; never throws.
 */
export function decodeSnapshot(text: unknown, manifest: CourseManifest): ProgressSnapshot | null {
  if (typeof text !== 'string' || text.length > SUSPEND_DATA_LIMIT) return null;
  const [format, time, position = '', ...entries] = text.split('.');
  const seconds = parseBase36(time);
  if (format !== FORMAT || seconds === null || seconds > MAX_SECONDS) return null;
  const byIndex = new Map<number, { chapter: ManifestChapter; current: boolean }>();
  const chapters: ChapterSnapshot[] = [];
  for (const entry of entries) {
    const decoded = decodeEntry(entry, manifest);
    if (decoded === null || chapters.some((c) => c.chapterId === decoded.snapshot.chapterId)) continue;
    byIndex.set(decoded.index, { chapter: decoded.chapter, current: decoded.current });
    chapters.push(decoded.snapshot);
  }
  return { savedAt: seconds * 1000, chapters, position: decodePosition(position, byIndex) };
}

/** The facts a snapshot proves, as progress to merge into the store (see `mergeProgress`). */
export function snapshotToProgress(snapshot: ProgressSnapshot, manifest: CourseManifest): ProgressData {
  const at = snapshot.savedAt;
  const chapters: Record<string, ChapterRecord> = {};
  for (const saved of snapshot.chapters) {
    const chapter = manifest.chapters.find((c) => c.id === saved.chapterId);
    if (chapter === undefined) continue;
    const permille = saved.bestScore === null ? null : Math.round(saved.bestScore * SCORE_STEPS);
    chapters[chapter.id] = {
      seen: Object.fromEntries(saved.seenSlideIds.map((id) => [id, at])),
      // One attempt per distinct restored score, so restoring the same data twice adds nothing.
      attempts:
        permille === null
          ? []
          : [
              {
                id: `lms-${chapter.id}-${permille}`,
                at,
                score: permille / SCORE_STEPS,
                answers: {},
                quizIds: [],
                // The LMS's own record of a graded score: it stands as the verdict on the attempt.
                verdict: { verdict: 'graded' as const, score: permille / SCORE_STEPS, gradedAt: at },
              },
            ],
      completedAt: saved.completed ? at : null,
    };
  }
  const position = snapshot.position === null ? null : { ...snapshot.position, at };
  return { ...emptyProgress(), chapters, lastPosition: position };
}

export function encodeSuspendData(progress: Facts, manifest: CourseManifest): string {
  return encodeSnapshot(takeSnapshot(progress, manifest), manifest);
}

/** Progress held by `suspend_data`, or null when it holds nothing this course can read. */
export function decodeSuspendData(text: unknown, manifest: CourseManifest): ProgressData | null {
  try {
    const snapshot = decodeSnapshot(text, manifest);
    return snapshot === null ? null : snapshotToProgress(snapshot, manifest);
  } catch {
    return null;
  }
}

function resumablePosition(position: Facts['lastPosition'], manifest: CourseManifest): ProgressSnapshot['position'] {
  if (position === null) return null;
  const chapter = manifest.chapters.find((c) => c.id === position.chapterId);
  return chapter?.slideIds.includes(position.slideId) ? { chapterId: position.chapterId, slideId: position.slideId } : null;
}

function newestFact(record: ChapterRecord): number {
  return Math.max(0, record.completedAt ?? 0, ...Object.values(record.seen), ...record.attempts.map((a) => a.at));
}

function chapterFingerprints(chapter: ManifestChapter): string {
  return fingerprint(chapter.id) + fingerprint(JSON.stringify([chapter.slideIds, chapter.testSize]));
}

function parseBase36(text: string | undefined): number | null {
  return text !== undefined && /^[0-9a-z]{1,8}$/.test(text) ? parseInt(text, 36) : null;
}

interface DecodedEntry {
  index: number;
  chapter: ManifestChapter;
  /** Whether the chapter's slides and quizzes are the ones the entry was saved against. */
  current: boolean;
  snapshot: ChapterSnapshot;
}

function decodeEntry(entry: string, manifest: CourseManifest): DecodedEntry | null {
  const [index, fingerprints, completed, score, bits, ...rest] = entry.split(':');
  const i = parseBase36(index);
  if (i === null || fingerprints?.length !== 4 || (completed !== '0' && completed !== '1') || bits === undefined || rest.length > 0) {
    return null;
  }
  const chapter = findChapter(manifest, i, fingerprints.slice(0, 2));
  if (chapter === null) return null;
  const current = fingerprints === chapterFingerprints(chapter);
  const seenBits = current ? decodeBits(bits, chapter.slideIds.length) : [];
  const permille = score === '' ? null : parseBase36(score);
  if (seenBits === null || (permille !== null && permille > SCORE_STEPS) || (score !== '' && permille === null)) return null;
  return {
    index: i,
    chapter,
    current,
    snapshot: {
      chapterId: chapter.id,
      seenSlideIds: chapter.slideIds.filter((_, slide) => seenBits[slide] === true),
      bestScore: current && permille !== null ? permille / SCORE_STEPS : null,
      completed: completed === '1',
    },
  };
}

/** The chapter at `index` if its id matches, else the one chapter whose id does (the course was reordered). */
function findChapter(manifest: CourseManifest, index: number, idFingerprint: string): ManifestChapter | null {
  const atIndex = manifest.chapters[index];
  if (atIndex !== undefined && fingerprint(atIndex.id) === idFingerprint) return atIndex;
  const matches = manifest.chapters.filter((chapter) => fingerprint(chapter.id) === idFingerprint);
  return matches.length === 1 ? matches[0]! : null;
}

function decodePosition(
  token: string,
  byIndex: ReadonlyMap<number, { chapter: ManifestChapter; current: boolean }>,
): ProgressSnapshot['position'] {
  const [chapterIndex, slideIndex, ...rest] = token.split(':');
  const c = parseBase36(chapterIndex);
  const s = parseBase36(slideIndex);
  const entry = c === null ? undefined : byIndex.get(c);
  if (entry === undefined || !entry.current || s === null || rest.length > 0) return null;
  const slideId = entry.chapter.slideIds[s];
  return slideId === undefined ? null : { chapterId: entry.chapter.id, slideId };
}
