import type { CourseManifest, ManifestChapter, QuizBlock } from '../content/types.ts';
import { own } from '../progress/progress-data.ts';
import type { ChapterRecord, ProgressData } from '../progress/progress-schema.ts';
import { checkAttemptTime } from '../quiz/attempt-policy.ts';
import { isPassed } from '../quiz/completion.ts';
import { gradeTestAttempt, isSeed } from '../quiz/test-attempt.ts';

/**
 * What an LMS is told about a learner, judged by the course server's rules (README, "What the
 * server believes") rather than taken from the browser's saved progress:
 * - a chapter is read when every slide was seen and, from the first seen to the last, at least its
 *   reading span passed;
 * - a test attempt counts only as graded here: the questions its seed draws, answered exactly,
 *   graded against the bank's answer key, within the cooldown and daily limit (in the order taken);
 *   the score the browser saved is never believed;
 * - a chapter is complete when read and (if it has a test) a graded attempt reached the pass mark.
 * What the LMS itself held at launch (`held`) is the learner's record and is believed.
 */

/** `cmi.core.lesson_status` / `cmi.objectives.n.status` values the course reports (SCORM 1.2 RTE 3.4.2.2.3). */
export type RecordStatus = 'not attempted' | 'incomplete' | 'failed' | 'completed' | 'passed';

export interface HeldChapter {
  chapterId: string;
  /** Best graded score the LMS holds, 0..1. */
  bestScore: number | null;
  completed: boolean;
  /** Whether every slide was read (a completed chapter was). */
  read: boolean;
}

export interface ChapterFacts {
  /** The chapter test's bank with its answer keys. */
  test: readonly QuizBlock[];
  /** The least time from the first slide seen to the last that counts as reading the chapter. */
  readingSpanMs: number;
}

export interface JudgeInput {
  manifest: CourseManifest;
  /** Banks and reading spans of the chapters loaded so far; a chapter not loaded yet has nothing judged but what the LMS holds. */
  facts: ReadonlyMap<string, ChapterFacts>;
  held: readonly HeldChapter[];
}

export interface JudgedChapter {
  chapterId: string;
  hasTest: boolean;
  seenCount: number;
  slideCount: number;
  read: boolean;
  /** Best graded score, 0..1; null before the first graded attempt. */
  bestScore: number | null;
  complete: boolean;
  status: RecordStatus;
}

export interface JudgedCourse {
  chapters: JudgedChapter[];
  /** `passed` (or `completed` without tests) once every chapter is complete; `failed` while a chapter's test is failed; else `incomplete`. */
  status: Exclude<RecordStatus, 'not attempted'>;
  /** Mean of the best scores over the chapters with a test, 0..1, once every chapter is complete (as on the certificate); else null. */
  score: number | null;
  /** Every chapter read (cmi5 "completed"). */
  allRead: boolean;
  /** Every chapter's test passed (cmi5 "passed"); false when no chapter has a test. */
  allPassed: boolean;
  /** Share of chapters complete, 0..100, rounded down. */
  percent: number;
}

type Facts = Pick<ProgressData, 'chapters'>;

export function judgeCourse(progress: Facts, input: JudgeInput): JudgedCourse {
  const chapters = input.manifest.chapters
    .filter((chapter) => chapter.slideIds.length > 0)
    .map((chapter) =>
      judgeChapter(chapter, own(progress.chapters, chapter.id), input.facts.get(chapter.id), input.held.find((h) => h.chapterId === chapter.id), input.manifest),
    );
  const complete = chapters.length > 0 && chapters.every((c) => c.complete);
  const tested = chapters.filter((c) => c.hasTest);
  let status: JudgedCourse['status'] = 'incomplete';
  if (complete) status = tested.length > 0 ? 'passed' : 'completed';
  else if (chapters.some((c) => c.status === 'failed')) status = 'failed';
  const score = complete && tested.length > 0 ? tested.reduce((sum, c) => sum + (c.bestScore ?? 0), 0) / tested.length : null;
  return {
    chapters,
    status,
    score: score === null ? null : Math.min(1, score),
    allRead: chapters.length > 0 && chapters.every((c) => c.read),
    allPassed: tested.length > 0 && tested.every((c) => c.bestScore !== null && isPassed(c.bestScore, input.manifest.passMark)),
    percent: chapters.length === 0 ? 0 : Math.floor((chapters.filter((c) => c.complete).length * 100) / chapters.length),
  };
}

function judgeChapter(
  chapter: ManifestChapter,
  record: ChapterRecord | undefined,
  facts: ChapterFacts | undefined,
  held: HeldChapter | undefined,
  manifest: CourseManifest,
): JudgedChapter {
  const hasTest = chapter.testSize > 0;
  const seenTimes = record === undefined ? [] : chapter.slideIds.flatMap((id) => (Object.hasOwn(record.seen, id) ? [record.seen[id]!] : []));
  const allSeen = seenTimes.length === chapter.slideIds.length;
  const span = allSeen ? Math.max(...seenTimes) - Math.min(...seenTimes) : -1;
  const read = (held?.read ?? false) || (facts !== undefined && allSeen && span >= facts.readingSpanMs);

  const scores = [...gradedScores(chapter, record, facts, manifest)];
  if (held?.bestScore != null) scores.push(held.bestScore);
  const bestScore = scores.length === 0 ? null : Math.max(...scores);
  const passed = !hasTest || (bestScore !== null && isPassed(bestScore, manifest.passMark));
  const complete = (held?.completed ?? false) || (read && passed);

  let status: RecordStatus = 'not attempted';
  if (complete) status = hasTest ? 'passed' : 'completed';
  else if (hasTest && bestScore !== null && !passed) status = 'failed';
  else if (seenTimes.length > 0 || bestScore !== null || held !== undefined) status = 'incomplete';
  return { chapterId: chapter.id, hasTest, seenCount: seenTimes.length, slideCount: chapter.slideIds.length, read, bestScore, complete, status };
}

/** The scores of the chapter's attempts this course grades itself, taken in order under the attempt rules. */
function gradedScores(chapter: ManifestChapter, record: ChapterRecord | undefined, facts: ChapterFacts | undefined, manifest: CourseManifest): number[] {
  if (record === undefined || facts === undefined || chapter.testSize === 0) return [];
  const times: number[] = [];
  const scores: number[] = [];
  const attempts = record.attempts.filter((a) => a.imported !== true && isSeed(a.seed)).sort((a, b) => a.at - b.at);
  for (const attempt of attempts) {
    const grade = gradeTestAttempt(facts.test, chapter.testSize, attempt.seed!, attempt.answers);
    if (!grade.ok || !checkAttemptTime(times, attempt.at, manifest.test).allowed) continue;
    times.push(attempt.at);
    scores.push(grade.score);
  }
  return scores;
}
