// zod/mini keeps the validator small: this module ships with the home page.
import * as z from 'zod/mini';
import type { ChapterRecord, ProgressData, QuizAttempt } from './progress-schema.ts';

/**
 * Schema version 1, saved by the first release: seen slides without times, the latest score per
 * quiz, a completion flag, and one `savedAt` for the whole record. It had no sync outbox.
 */
const chapterV1Schema = z.object({
  seen: z.array(z.string()),
  quizScores: z.record(z.string(), z.number().check(z.gte(0), z.lte(1))),
  completed: z.boolean(),
});

export const progressV1Schema = z.object({
  learnerName: z.nullable(z.string()),
  chapters: z.record(z.string(), chapterV1Schema),
  lastSlide: z.nullable(z.object({ chapterId: z.string(), slideId: z.string() })),
  savedAt: z.number(),
});

export type ProgressV1 = z.infer<typeof progressV1Schema>;
type ChapterV1 = z.infer<typeof chapterV1Schema>;

/**
 * v1 → v2. `savedAt` stands in for every missing time: the learner had seen the slide by then.
 * The per-quiz scores become one attempt with a fixed id, so two tabs migrating the same data
 * produce the same attempt and the merge keeps one. v1 kept no answers, so each quiz's entry in
 * `answers` carries its v1 score instead.
 */
export function migrateV1(v1: ProgressV1): ProgressData {
  const { savedAt } = v1;
  return {
    profile:
      v1.learnerName === null ? null : { displayName: v1.learnerName, employeeId: null, team: null, updatedAt: savedAt },
    chapters: Object.fromEntries(
      Object.entries(v1.chapters).map(([chapterId, chapter]) => [chapterId, migrateChapter(chapterId, chapter, savedAt)]),
    ),
    lastPosition: v1.lastSlide === null ? null : { ...v1.lastSlide, at: savedAt },
    outbox: [],
  };
}

function migrateChapter(chapterId: string, chapter: ChapterV1, savedAt: number): ChapterRecord {
  const scores = Object.entries(chapter.quizScores);
  const attempts: QuizAttempt[] =
    scores.length === 0
      ? []
      : [
          {
            id: `v1-${chapterId}`,
            at: savedAt,
            score: scores.reduce((sum, [, score]) => sum + score, 0) / scores.length,
            answers: Object.fromEntries(scores.map(([quizId, score]) => [quizId, { score }])),
            quizIds: scores.map(([quizId]) => quizId),
          },
        ];
  return {
    seen: Object.fromEntries(chapter.seen.map((slideId) => [slideId, savedAt])),
    attempts,
    completedAt: chapter.completed ? savedAt : null,
  };
}
