import { boundOutbox } from './outbox.ts';
import { EVENT_TYPES, own } from './progress-data.ts';
import type { ChapterRecord, Position, Profile, ProgressData, ProgressEvent, QuizAttempt } from './progress-schema.ts';

/**
 * Combines two copies of one learner's progress (two tabs, two devices, an import) so that no
 * fact either holds is lost: seen slides are united keeping the earliest first-seen time,
 * attempts and events are united by id (an event acknowledged on either side stays acknowledged;
 * of two copies of an attempt the device's own and the one with the server's verdict win),
 * completion keeps the earliest time, position and profile keep the newer one.
 *
 * The result does not depend on argument order and merging it again changes nothing; keys and
 * lists come out in one canonical order, so equal progress also serialises identically.
 */
export function mergeProgress(a: ProgressData, b: ProgressData): ProgressData {
  return {
    profile: newerProfile(a.profile, b.profile),
    chapters: mergeChapters(a.chapters, b.chapters),
    lastPosition: laterPosition(a.lastPosition, b.lastPosition),
    outbox: mergeOutbox(a.outbox, b.outbox),
  };
}

function compareText(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** For two versions of the same record (same id): either is right, so pick one whatever the order. */
function pickEither<T>(x: T, y: T): T {
  return compareText(JSON.stringify(x), JSON.stringify(y)) <= 0 ? x : y;
}

function sortedKeys(x: Record<string, unknown>, y: Record<string, unknown>): string[] {
  return [...new Set([...Object.keys(x), ...Object.keys(y)])].sort(compareText);
}

function newerProfile(x: Profile | null, y: Profile | null): Profile | null {
  if (x === null || y === null) return x ?? y;
  if (x.updatedAt !== y.updatedAt) return x.updatedAt > y.updatedAt ? x : y;
  return pickEither(x, y);
}

function laterPosition(x: Position | null, y: Position | null): Position | null {
  if (x === null || y === null) return x ?? y;
  if (x.at !== y.at) return x.at > y.at ? x : y;
  return pickEither(x, y);
}

function mergeChapters(
  x: Record<string, ChapterRecord>,
  y: Record<string, ChapterRecord>,
): Record<string, ChapterRecord> {
  const merged: Record<string, ChapterRecord> = {};
  for (const id of sortedKeys(x, y)) merged[id] = mergeChapter(own(x, id), own(y, id));
  return merged;
}

function mergeChapter(x: ChapterRecord | undefined, y: ChapterRecord | undefined): ChapterRecord {
  const seenX = x?.seen ?? {};
  const seenY = y?.seen ?? {};
  const seen: Record<string, number> = {};
  for (const slideId of sortedKeys(seenX, seenY)) {
    seen[slideId] = Math.min(own(seenX, slideId) ?? Infinity, own(seenY, slideId) ?? Infinity);
  }
  const completed = [x?.completedAt, y?.completedAt].filter((at): at is number => typeof at === 'number');
  return {
    seen,
    attempts: unionById([...(x?.attempts ?? []), ...(y?.attempts ?? [])], combineAttempts).sort(byTimeThenId),
    completedAt: completed.length === 0 ? null : Math.min(...completed),
  };
}

function unionById<T extends { id: string }>(items: T[], combine: (x: T, y: T) => T): T[] {
  const byId = new Map<string, T>();
  for (const item of items) {
    const seen = byId.get(item.id);
    byId.set(item.id, seen === undefined ? item : combine(seen, item));
  }
  return [...byId.values()];
}

/** The same attempt twice: this device's own copy beats an imported one, a judged one an unjudged one. */
function combineAttempts(x: QuizAttempt, y: QuizAttempt): QuizAttempt {
  if ((x.imported === true) !== (y.imported === true)) return x.imported === true ? y : x;
  if ((x.verdict === undefined) !== (y.verdict === undefined)) return x.verdict === undefined ? y : x;
  return pickEither(x, y);
}

function byTimeThenId(x: QuizAttempt, y: QuizAttempt): number {
  return x.at - y.at || compareText(x.id, y.id);
}

function combineEvents(x: ProgressEvent, y: ProgressEvent): ProgressEvent {
  return { ...pickEither({ ...x, acked: false }, { ...y, acked: false }), acked: x.acked || y.acked };
}

/** Events of one action share a time; keep them in the order the action emits them. */
function byEventOrder(x: ProgressEvent, y: ProgressEvent): number {
  return x.at - y.at || EVENT_TYPES.indexOf(x.type) - EVENT_TYPES.indexOf(y.type) || compareText(x.id, y.id);
}

function mergeOutbox(x: ProgressEvent[], y: ProgressEvent[]): ProgressEvent[] {
  return boundOutbox(unionById([...x, ...y], combineEvents).sort(byEventOrder)).outbox;
}
