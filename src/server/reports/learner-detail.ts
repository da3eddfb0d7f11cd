import type { ServerContext } from '../context.ts';
import type { Cohort } from '../people/cohorts.ts';
import type { Learner } from '../people/learners.ts';
import { chapterSummaries } from '../sync/progress-read.ts';
import { chapterCells, isPastDue, learnerStatus, type ChapterCell, type LearnerStatus } from './cells.ts';

export interface Attempt {
  attemptId: string;
  eventId: string;
  chapterId: string;
  /** Epoch milliseconds (device time). */
  at: number;
  score: number;
  answers: Record<string, unknown> | null;
}

export interface LearnerDetail {
  learner: Omit<Learner, 'cohortId'> & { status: LearnerStatus; overdue: boolean };
  chapters: ChapterCell[];
  /** Newest first. */
  attempts: Attempt[];
}

interface AttemptRow {
  id: string;
  attempt_id: string;
  chapter_id: string;
  at: number;
  score: number;
  answers: Record<string, unknown> | null;
}

export async function loadLearnerDetail(ctx: ServerContext, cohort: Cohort, learner: Learner): Promise<LearnerDetail> {
  const summaries = await chapterSummaries(ctx.db, [learner.id]);
  const chapters = chapterCells(ctx.course, summaries.get(learner.id) ?? []);
  const status = learnerStatus(chapters, learner.lastActivityAt);
  const { rows } = await ctx.db.query<AttemptRow>(
    `SELECT id, attempt_id, chapter_id, at, score, answers
       FROM progress_events
      WHERE learner_id = $1 AND type = 'quiz_submitted'
      ORDER BY at DESC, id`,
    [learner.id],
  );
  const { cohortId: _cohortId, ...profile } = learner;
  return {
    learner: { ...profile, status, overdue: isPastDue(cohort.dueDate, ctx.now()) && status !== 'completed' },
    chapters,
    attempts: rows.map((row) => ({
      attemptId: row.attempt_id,
      eventId: row.id,
      chapterId: row.chapter_id,
      at: row.at,
      score: row.score,
      answers: row.answers,
    })),
  };
}
