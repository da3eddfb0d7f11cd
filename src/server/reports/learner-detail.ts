import type { AttemptRecord, LearnerDetail } from '../../protocol/reports.ts';
import type { Verdict } from '../../protocol/events.ts';
import type { ServerContext } from '../context.ts';
import type { Cohort } from '../people/cohorts.ts';
import type { Learner } from '../people/learners.ts';
import { chapterSummaries, GRADED_AT } from '../sync/progress-read.ts';
import { chapterCells, isPastDue, learnerStatus } from './cells.ts';

export type { LearnerDetail };

interface AttemptRow {
  id: string;
  attempt_id: string;
  chapter_id: string;
  at: number;
  graded_at: number;
  verdict: Verdict | null;
  score: number | null;
  claimed_score: number | null;
  answers: Record<string, unknown> | null;
}

export async function loadLearnerDetail(ctx: ServerContext, cohort: Cohort, learner: Learner): Promise<LearnerDetail> {
  const summaries = await chapterSummaries(ctx.db, [learner.id]);
  const chapters = chapterCells(ctx.course, summaries.get(learner.id) ?? []);
  const status = learnerStatus(chapters, learner.lastActivityAt);
  const { rows } = await ctx.db.query<AttemptRow>(
    `SELECT id, attempt_id, chapter_id, at, ${GRADED_AT},
            verdict, score, claimed_score, answers
       FROM progress_events
      WHERE learner_id = $1 AND type = 'quiz_submitted'
      ORDER BY at, id`,
    [learner.id],
  );
  const counts = new Map<string, number>();
  const attempts = rows.map((row): AttemptRecord => {
    const number = (counts.get(row.chapter_id) ?? 0) + 1;
    counts.set(row.chapter_id, number);
    const verdict = row.verdict ?? 'unverified';
    return {
      attemptId: row.attempt_id,
      eventId: row.id,
      chapterId: row.chapter_id,
      number,
      at: Number(row.at),
      gradedAt: Number(row.graded_at),
      verdict,
      score: verdict === 'graded' ? row.score : null,
      claimedScore: row.claimed_score,
      answers: row.answers,
    };
  });
  const { cohortId: _cohortId, ...profile } = learner;
  return {
    learner: { ...profile, status, overdue: isPastDue(cohort.dueDate, ctx.now()) && status !== 'completed' },
    chapters,
    attempts: attempts.reverse(),
  };
}
