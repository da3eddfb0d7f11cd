import type { CourseManifest, ManifestChapter } from '../content/types.ts';
import { emptyProgress, own } from '../progress/progress-data.ts';
import type { ChapterRecord, ProgressData } from '../progress/progress-schema.ts';
import { isPassed } from '../quiz/completion.ts';
import { decodeBits, encodeBits, fingerprint } from './base64url.ts';
import type { HeldChapter, JudgedCourse } from './course-record.ts';

/**
 * The learner's record in a few hundred characters, for an LMS's `suspend_data` (SCORM 1.2 allows
 * 4,096) or a cmi5 AU's state document. It keeps what restores the course's state, as judged by
 * the course's rules (see `course-record.ts`): per chapter the slides seen and when reading began
 * and ended, the best graded score and whether the chapter was read and completed; the last
 * position; and the attempt it belongs to.
 *
 * Format `c2.<attempt>.<time>.<position>.<chapter>.<chapter>…` (see the README, "LMS export"):
 * - `attempt`: the id of this attempt at the course, `[0-9a-z]{1,16}`; browser progress is saved
 *   per attempt, so a new attempt in the LMS starts clean.
 * - `time`: base36 seconds since the epoch of the newest fact held.
 * - `position`: `<chapter index>:<slide index>` in base36, or empty.
 * - `chapter`: `<index>:<fingerprints>:<state>:<best score ‰ base36, or empty>:<seen slides>:<first seen>:<last seen>`,
 *   state `0` (neither), `1` (completed), `2` (read, not completed); seen slides a bitset over the
 *   chapter's slides in manifest order, in base64url; first and last seen in base36 seconds, or empty.
 * Indexes follow the manifest order. Each chapter entry carries a fingerprint of its id (so a
 * reordered course still finds it) and of its slide and quiz ids (so seen slides and scores are
 * dropped, rather than misread, when the chapter's content has changed since they were saved).
 * The `c1` format of earlier packages (no attempt, no times, state `0`/`1`) is still read.
 */

export const SUSPEND_DATA_LIMIT = 4096;
const FORMAT = 'c2';
const LEGACY_FORMAT = 'c1';
/** Scores are kept in thousandths. */
const SCORE_STEPS = 1000;
/** Later than any real save time (year 5138): anything above is not a time this code wrote. */
const MAX_SECONDS = 100_000_000_000;
const ATTEMPT_PATTERN = /^[0-9a-z]{1,16}$/;

export interface ChapterSnapshot {
  chapterId: string;
  /** Seen slides among the chapter's current ones. */
  seenSlideIds: string[];
  /** When the first and the last of them were seen (epoch ms, whole seconds); null when none was. */
  firstSeenAt: number | null;
  lastSeenAt: number | null;
  /** Best graded chapter-test score, 0..1 in thousandths; null before the first graded attempt. */
  bestScore: number | null;
  read: boolean;
  completed: boolean;
}

export interface ProgressSnapshot {
  /** The attempt at the course this record belongs to; null in data from before attempts were kept. */
  attempt: string | null;
  /** Epoch ms in whole seconds: the newest fact held, 0 when there is none. */
  savedAt: number;
  chapters: ChapterSnapshot[];
  position: { chapterId: string; slideId: string } | null;
}

type Facts = Pick<ProgressData, 'chapters' | 'lastPosition'>;

/** A fresh attempt id: random, eight base36 characters. */
export function newAttemptId(random: () => number = Math.random): string {
  let id = '';
  for (let i = 0; i < 8; i++) id += Math.floor(random() * 36).toString(36);
  return id;
}

export function isAttemptId(text: unknown): text is string {
  return typeof text === 'string' && ATTEMPT_PATTERN.test(text);
}

/** Everything the record keeps about `progress`, as `judged` by the course's rules. */
export function takeSnapshot(progress: Facts, manifest: CourseManifest, judged: JudgedCourse, attempt: string | null): ProgressSnapshot {
  const position = resumablePosition(progress.lastPosition, manifest);
  const chapters: ChapterSnapshot[] = [];
  let newest = position === null ? 0 : (progress.lastPosition?.at ?? 0);
  for (const chapter of manifest.chapters) {
    const record = own(progress.chapters, chapter.id);
    const verdict = judged.chapters.find((c) => c.chapterId === chapter.id);
    const seenSlideIds = record === undefined ? [] : chapter.slideIds.filter((id) => Object.hasOwn(record.seen, id));
    const times = seenSlideIds.map((id) => record!.seen[id]!);
    const bestScore = verdict?.bestScore == null ? null : quantizeScore(verdict.bestScore, manifest.passMark);
    const completed = verdict?.complete ?? false;
    const read = verdict?.read ?? false;
    if (record !== undefined) newest = Math.max(newest, newestFact(record));
    if (seenSlideIds.length > 0 || bestScore !== null || completed || read || position?.chapterId === chapter.id) {
      chapters.push({
        chapterId: chapter.id,
        seenSlideIds,
        firstSeenAt: times.length === 0 ? null : wholeSeconds(Math.min(...times)),
        lastSeenAt: times.length === 0 ? null : wholeSeconds(Math.max(...times)),
        bestScore,
        read,
        completed,
      });
    }
  }
  return { attempt, savedAt: wholeSeconds(Math.max(0, newest)), chapters, position };
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
    const state = saved.completed ? '1' : saved.read ? '2' : '0';
    entries.push([i.toString(36), chapterFingerprints(chapter), state, score, bits, seconds36(saved.firstSeenAt), seconds36(saved.lastSeenAt)].join(':'));
  }
  let position = '';
  if (snapshot.position !== null) {
    const i = index.get(snapshot.position.chapterId);
    const slide = i === undefined ? -1 : (manifest.chapters[i]?.slideIds.indexOf(snapshot.position.slideId) ?? -1);
    if (i !== undefined && slide !== -1) position = `${i.toString(36)}:${slide.toString(36)}`;
  }
  const attempt = isAttemptId(snapshot.attempt) ? snapshot.attempt : '';
  return [FORMAT, attempt, Math.floor(snapshot.savedAt / 1000).toString(36), position, ...entries].join('.');
}

/**
 * Reads `encodeSnapshot` output (or the older `c1`) against the current manifest. Chapters the
 * course no longer has are dropped, and so are the seen slides and score of a chapter whose
 * content has changed. Returns null for anything else; never throws.
 */
export function decodeSnapshot(text: unknown, manifest: CourseManifest): ProgressSnapshot | null {
  if (typeof text !== 'string' || text.length > SUSPEND_DATA_LIMIT) return null;
  const parts = text.split('.');
  const format = parts[0];
  if (format !== FORMAT && format !== LEGACY_FORMAT) return null;
  const legacy = format === LEGACY_FORMAT;
  const [attempt, time, position = '', ...entries]: Array<string | null> = legacy ? [null, ...parts.slice(1)] : parts.slice(1);
  const seconds = parseBase36(time ?? undefined);
  if (seconds === null || seconds > MAX_SECONDS || (!legacy && attempt !== '' && !isAttemptId(attempt))) return null;
  const byIndex = new Map<number, { chapter: ManifestChapter; current: boolean }>();
  const chapters: ChapterSnapshot[] = [];
  for (const entry of entries) {
    const decoded = decodeEntry(entry ?? '', manifest, legacy);
    if (decoded === null || chapters.some((c) => c.chapterId === decoded.snapshot.chapterId)) continue;
    byIndex.set(decoded.index, { chapter: decoded.chapter, current: decoded.current });
    chapters.push(decoded.snapshot);
  }
  return {
    attempt: isAttemptId(attempt) ? attempt : null,
    savedAt: seconds * 1000,
    chapters,
    position: decodePosition(position ?? '', byIndex),
  };
}

/** What the record says the LMS holds of each chapter: believed as the learner's record. */
export function heldChapters(snapshot: ProgressSnapshot | null): HeldChapter[] {
  return (snapshot?.chapters ?? []).map(({ chapterId, bestScore, completed, read }) => ({ chapterId, bestScore, completed, read: read || completed }));
}

/** The facts a snapshot proves, as progress to merge into the store (see `mergeProgress`). */
export function snapshotToProgress(snapshot: ProgressSnapshot, manifest: CourseManifest): ProgressData {
  const at = snapshot.savedAt;
  const chapters: Record<string, ChapterRecord> = {};
  for (const saved of snapshot.chapters) {
    const chapter = manifest.chapters.find((c) => c.id === saved.chapterId);
    if (chapter === undefined) continue;
    const permille = saved.bestScore === null ? null : Math.round(saved.bestScore * SCORE_STEPS);
    // The first slide seen keeps when reading began, the others when it last went on.
    const first = saved.firstSeenAt ?? at;
    const last = saved.lastSeenAt ?? at;
    chapters[chapter.id] = {
      seen: Object.fromEntries(saved.seenSlideIds.map((id, i) => [id, i === 0 ? first : last])),
      // One attempt per distinct restored score, so restoring the same data twice adds nothing. It
      // shows the learner's own dashboard the LMS's record; it is not graded again.
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
                verdict: { verdict: 'graded' as const, score: permille / SCORE_STEPS, gradedAt: at },
              },
            ],
      completedAt: saved.completed ? at : null,
    };
  }
  const position = snapshot.position === null ? null : { ...snapshot.position, at };
  return { ...emptyProgress(), chapters, lastPosition: position };
}

export function encodeSuspendData(progress: Facts, manifest: CourseManifest, judged: JudgedCourse, attempt: string | null): string {
  return encodeSnapshot(takeSnapshot(progress, manifest, judged, attempt), manifest);
}

function resumablePosition(position: Facts['lastPosition'], manifest: CourseManifest): ProgressSnapshot['position'] {
  if (position === null) return null;
  const chapter = manifest.chapters.find((c) => c.id === position.chapterId);
  return chapter?.slideIds.includes(position.slideId) ? { chapterId: position.chapterId, slideId: position.slideId } : null;
}

function newestFact(record: ChapterRecord): number {
  return Math.max(0, record.completedAt ?? 0, ...Object.values(record.seen), ...record.attempts.map((a) => a.at));
}

function wholeSeconds(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}

function seconds36(ms: number | null): string {
  return ms === null ? '' : Math.floor(ms / 1000).toString(36);
}

function chapterFingerprints(chapter: ManifestChapter): string {
  return fingerprint(chapter.id) + fingerprint(JSON.stringify([chapter.slideIds, chapter.testSize]));
}

function parseBase36(text: string | undefined): number | null {
  return text !== undefined && /^[0-9a-z]{1,8}$/.test(text) ? parseInt(text, 36) : null;
}

/** An optional time in base36 seconds: undefined when malformed. */
function parseTime(text: string | undefined): number | null | undefined {
  if (text === undefined || text === '') return null;
  const seconds = parseBase36(text);
  return seconds === null || seconds > MAX_SECONDS ? undefined : seconds * 1000;
}

interface DecodedEntry {
  index: number;
  chapter: ManifestChapter;
  /** Whether the chapter's slides and quizzes are the ones the entry was saved against. */
  current: boolean;
  snapshot: ChapterSnapshot;
}

function decodeEntry(entry: string, manifest: CourseManifest, legacy: boolean): DecodedEntry | null {
  const [index, fingerprints, state, score, bits, ...times] = entry.split(':');
  const i = parseBase36(index);
  const states = legacy ? ['0', '1'] : ['0', '1', '2'];
  if (i === null || fingerprints?.length !== 4 || !states.includes(state ?? '') || bits === undefined || times.length !== (legacy ? 0 : 2)) {
    return null;
  }
  const chapter = findChapter(manifest, i, fingerprints.slice(0, 2));
  if (chapter === null) return null;
  const current = fingerprints === chapterFingerprints(chapter);
  const seenBits = current ? decodeBits(bits, chapter.slideIds.length) : [];
  const permille = score === '' ? null : parseBase36(score);
  const firstSeenAt = parseTime(times[0]);
  const lastSeenAt = parseTime(times[1]);
  if (seenBits === null || (permille !== null && permille > SCORE_STEPS) || (score !== '' && permille === null)) return null;
  if (firstSeenAt === undefined || lastSeenAt === undefined) return null;
  const seenSlideIds = chapter.slideIds.filter((_, slide) => seenBits[slide] === true);
  return {
    index: i,
    chapter,
    current,
    snapshot: {
      chapterId: chapter.id,
      seenSlideIds,
      firstSeenAt: seenSlideIds.length === 0 ? null : firstSeenAt,
      lastSeenAt: seenSlideIds.length === 0 ? null : lastSeenAt,
      bestScore: current && permille !== null ? permille / SCORE_STEPS : null,
      read: state === '1' || state === '2',
      completed: state === '1',
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
