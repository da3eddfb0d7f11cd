import { EVENT_TYPES } from '../progress/progress-data.ts';
import type { ChapterRecord, ProgressData, ProgressEvent, QuizAttempt } from '../progress/progress-schema.ts';
import { VERDICTS, type Verdict } from '../protocol/constants.ts';
import type { ServerEvent } from './wire.ts';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isId = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** One event from `GET /api/me/progress`, checked; anything malformed is skipped. */
export function parseServerEvent(value: unknown): ServerEvent | null {
  if (!isRecord(value)) return null;
  const { id, type, at, chapterId, slideId, attemptId, score, answers, seed, verdict } = value;
  if (!isId(id) || !isTime(at) || !isId(chapterId) || !(EVENT_TYPES as readonly unknown[]).includes(type)) return null;
  const event: ServerEvent = { id, type: type as ServerEvent['type'], at, chapterId };
  if (type === 'slide_seen') {
    if (!isId(slideId)) return null;
    event.slideId = slideId;
  }
  if (type === 'quiz_submitted') {
    if (!isId(attemptId) || typeof score !== 'number' || !(score >= 0 && score <= 1)) return null;
    event.attemptId = attemptId;
    event.score = score;
    if (isRecord(answers)) event.answers = answers;
    if (typeof seed === 'number' && Number.isInteger(seed)) event.seed = seed;
    const judged = parseVerdict(verdict);
    if (judged !== null) event.verdict = judged;
  }
  return event;
}

function parseVerdict(value: unknown): ServerEvent['verdict'] | null {
  if (!isRecord(value)) return null;
  const { verdict, score, gradedAt } = value;
  if (!(VERDICTS as readonly unknown[]).includes(verdict) || !isTime(gradedAt)) return null;
  if (score !== null && !(typeof score === 'number' && score >= 0 && score <= 1)) return null;
  return { verdict: verdict as Verdict, score: score as number | null, gradedAt };
}

interface Building {
  seen: Map<string, number>;
  attempts: Map<string, QuizAttempt>;
  completedAt: number | null;
}

function chapterOf(chapters: Map<string, Building>, chapterId: string): Building {
  let record = chapters.get(chapterId);
  if (record === undefined) {
    record = { seen: new Map(), attempts: new Map(), completedAt: null };
    chapters.set(chapterId, record);
  }
  return record;
}

const byTimeThenId = (x: QuizAttempt, y: QuizAttempt) => x.at - y.at || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/** Maps become records through `fromEntries`, so no id (not even `__proto__`) can reach a prototype. */
function toRecord(building: Building): ChapterRecord {
  return {
    seen: Object.fromEntries(building.seen),
    attempts: [...building.attempts.values()].sort(byTimeThenId),
    completedAt: building.completedAt,
  };
}

/**
 * The progress the server's events describe, in the store's format, ready for `mergeProgress`:
 * `slide_seen` gives first-seen times, `quiz_submitted` the attempts with the server's verdict on
 * each, the latest slide the position; completion then follows from those facts, never from a
 * device's claim. Every event is in the outbox as acknowledged, since the server has it.
 */
export function progressFromServerEvents(events: readonly ServerEvent[]): ProgressData {
  const chapters = new Map<string, Building>();
  const outbox: ProgressEvent[] = [];
  let lastPosition: ProgressData['lastPosition'] = null;
  for (const event of events) {
    const record = chapterOf(chapters, event.chapterId);
    const { verdict, ...sent } = event;
    outbox.push({ ...sent, acked: true });
    if (event.type === 'slide_seen' && event.slideId !== undefined) {
      const seen = record.seen.get(event.slideId);
      record.seen.set(event.slideId, seen === undefined ? event.at : Math.min(seen, event.at));
      if (lastPosition === null || event.at >= lastPosition.at) lastPosition = { chapterId: event.chapterId, slideId: event.slideId, at: event.at };
    } else if (event.type === 'quiz_submitted' && event.attemptId !== undefined && event.score !== undefined) {
      if (record.attempts.has(event.attemptId)) continue;
      const answers = event.answers ?? {};
      const attempt: QuizAttempt = { id: event.attemptId, at: event.at, score: event.score, answers, quizIds: Object.keys(answers) };
      if (event.seed !== undefined) attempt.seed = event.seed;
      if (verdict !== undefined) attempt.verdict = verdict;
      record.attempts.set(event.attemptId, attempt);
    }
    // A device's `chapter_completed` is not restored: completion follows from the server's verdicts.
  }
  const records = Object.fromEntries([...chapters].map(([id, building]) => [id, toRecord(building)]));
  return { profile: null, chapters: records, lastPosition, outbox };
}
