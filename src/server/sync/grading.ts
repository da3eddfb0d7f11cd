import type { ProgressEventInput } from '../../protocol/events.ts';
import type { Verdict } from '../../protocol/constants.ts';
import { checkAttemptTime } from '../../quiz/attempt-policy.ts';
import { gradeTestAttempt } from '../../quiz/test-attempt.ts';
import type { CourseIndex } from '../course-index.ts';
import type { Queryable } from '../db/types.ts';

/** How the server judged one attempt: its own score (null unless graded) and why. */
export interface Judgement {
  verdict: Verdict;
  score: number | null;
}

interface StoredAttempt {
  id: string;
  chapter_id: string;
  at: number;
  verdict: Verdict | null;
}

/**
 * Grades the new attempts of a batch with the course's own answer keys, under its attempt rules:
 * an attempt must answer exactly the questions its seed draws, and keep the cooldown and daily
 * limit against the learner's earlier graded attempts (judged in the order they were taken, so
 * attempts made offline and synced later are treated as when they happened). Attempts already
 * stored keep their verdict; an attempt without a seed (sent by a device from before the tests
 * had banks) is kept as `unverified`.
 */
export async function judgeAttempts(
  db: Queryable,
  course: CourseIndex,
  learnerId: string,
  events: readonly ProgressEventInput[],
): Promise<Map<string, Judgement>> {
  const judgements = new Map<string, Judgement>();
  const attempts = events.filter((event) => event.type === 'quiz_submitted');
  if (attempts.length === 0) return judgements;
  const chapterIds = [...new Set(attempts.map((event) => event.chapterId))];
  const { rows } = await db.query<StoredAttempt>(
    `SELECT id, chapter_id, at, verdict FROM progress_events
      WHERE learner_id = $1 AND type = 'quiz_submitted' AND chapter_id = ANY($2::text[])`,
    [learnerId, chapterIds],
  );
  const stored = new Set(rows.map((row) => row.id));
  const gradedTimes = new Map<string, number[]>();
  for (const row of rows) {
    if (row.verdict === 'graded') gradedTimes.set(row.chapter_id, [...(gradedTimes.get(row.chapter_id) ?? []), Number(row.at)]);
  }
  const fresh = attempts.filter((event) => !stored.has(event.id.toLowerCase())).sort((a, b) => a.at - b.at);
  for (const event of fresh) {
    if (judgements.has(event.id)) continue;
    const judgement = judge(event, course, gradedTimes.get(event.chapterId) ?? []);
    if (judgement.verdict === 'graded') gradedTimes.set(event.chapterId, [...(gradedTimes.get(event.chapterId) ?? []), event.at]);
    judgements.set(event.id, judgement);
  }
  return judgements;
}

function judge(event: Extract<ProgressEventInput, { type: 'quiz_submitted' }>, course: CourseIndex, earlier: number[]): Judgement {
  const chapter = course.byId.get(event.chapterId);
  if (chapter === undefined || event.seed === undefined) return { verdict: 'unverified', score: null };
  const grade = gradeTestAttempt(chapter.test, chapter.testSize, event.seed, event.answers ?? {});
  if (!grade.ok) return { verdict: 'wrong_questions', score: null };
  const timing = checkAttemptTime(earlier, event.at, course.test);
  if (!timing.allowed) return { verdict: timing.reason, score: null };
  return { verdict: 'graded', score: grade.score };
}
