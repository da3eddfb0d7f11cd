import type { AttemptRecord, LearnerDetail } from '../../protocol/reports.ts';
import type { Verdict } from '../../protocol/constants.ts';
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
  number: number;
  at: number;
  graded_at: number;
  verdict: Verdict | null;
  score: number | null;
  claimed_score: number | null;
  answers: Record<string, unknown> | null;
  total: number;
}

export interface AttemptsPage {
  /** At most this many attempts, newest first. */
  limit: number;
  /** Only attempts older than this cursor (from the previous page's `nextAttempts`). */
  before?: { at: number; eventId: string } | undefined;
}

/**
 * One learner's chapters and a page of their test attempts, newest first. Each attempt keeps its
 * number among the learner's attempts at that chapter, whatever page it is on.
 */
export async function loadLearnerDetail(ctx: ServerContext, cohort: Cohort, learner: Learner, page: AttemptsPage): Promise<LearnerDetail> {
  const summaries = await chapterSummaries(ctx.db, [learner.id]);
  const chapters = chapterCells(ctx.course, summaries.get(learner.id) ?? []);
  const status = learnerStatus(chapters, learner.lastActivityAt);
  const { rows } = await ctx.db.query<AttemptRow>(
    `WITH numbered AS (
       SELECT id, attempt_id, chapter_id, at, ${GRADED_AT}, verdict, score, claimed_score,
              row_number() OVER (PARTITION BY chapter_id ORDER BY at, id)::int AS number,
              count(*) OVER ()::int AS total
         FROM progress_events
        WHERE learner_id = $1 AND type = 'quiz_submitted'
     )
     SELECT n.*, e.answers
       FROM numbered n JOIN progress_events e ON e.learner_id = $1 AND e.id = n.id
      WHERE $2::bigint IS NULL OR (n.at, n.id) < ($2::bigint, $3::uuid)
      ORDER BY n.at DESC, n.id DESC
      LIMIT $4`,
    [learner.id, page.before?.at ?? null, page.before?.eventId ?? null, page.limit + 1],
  );
  const more = rows.length > page.limit;
  const attempts = rows.slice(0, page.limit).map((row): AttemptRecord => {
    const verdict = row.verdict ?? 'unverified';
    return {
      attemptId: row.attempt_id,
      eventId: row.id,
      chapterId: row.chapter_id,
      number: row.number,
      at: Number(row.at),
      gradedAt: Number(row.graded_at),
      verdict,
      score: verdict === 'graded' ? row.score : null,
      claimedScore: row.claimed_score,
      answers: row.answers,
    };
  });
  const total = rows[0]?.total ?? (page.before === undefined ? 0 : await countAttempts(ctx, learner.id));
  const { cohortId: _cohortId, ...profile } = learner;
  return {
    learner: { ...profile, status, overdue: isPastDue(cohort.dueDate, ctx.now()) && status !== 'completed' },
    chapters,
    attempts,
    attemptsTotal: total,
    nextAttempts: more ? `${attempts.at(-1)!.at}_${attempts.at(-1)!.eventId}` : null,
  };
}

async function countAttempts(ctx: ServerContext, learnerId: string): Promise<number> {
  const { rows } = await ctx.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM progress_events WHERE learner_id = $1 AND type = 'quiz_submitted'`,
    [learnerId],
  );
  return rows[0]?.n ?? 0;
}
