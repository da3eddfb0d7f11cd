import type { BehindLearner, BehindList, BehindReason } from '../../protocol/reminders.ts';
import type { ServerContext } from '../context.ts';
import type { Cohort } from '../people/cohorts.ts';
import type { LearnerRow } from '../people/learners.ts';
import { isPastDue } from './cells.ts';

export type { BehindList };

const DAY = 24 * 60 * 60 * 1000;

interface Row extends Omit<LearnerRow, 'cohort_id'> {
  reminded_at: Date | null;
  completed_chapters: number;
  slides_seen: number;
}

/**
 * The cohort's learners who have not finished and are overdue (the due date has passed) or
 * stalled (no activity for `days` days; before any activity, joined that long ago), the
 * longest-quiet first.
 */
export async function loadBehind(ctx: ServerContext, cohort: Cohort, days: number, mailConfigured: boolean): Promise<BehindList> {
  const now = ctx.now();
  const pastDue = isPastDue(cohort.dueDate, now);
  const stalledBefore = now - days * DAY;
  const totalSlides = ctx.course.chapters.reduce((sum, chapter) => sum + chapter.slideIds.size, 0);
  const { rows } = await ctx.db.query<Row>(
    `SELECT id, display_name, employee_id, team, email, joined_at, last_activity_at, reminded_at, completed_chapters,
            least(slides_seen, $2) AS slides_seen
       FROM learners
      WHERE cohort_id = $1 AND removed_at IS NULL AND completed_chapters < $3
        AND ($4::boolean OR coalesce(last_activity_at, (extract(epoch FROM joined_at) * 1000)::bigint) < $5)
      ORDER BY coalesce(last_activity_at, 0), display_name, id`,
    [cohort.id, totalSlides, ctx.course.chapters.length, pastDue, stalledBefore],
  );
  const learners = rows.map((row): BehindLearner => {
    const lastActivityAt = row.last_activity_at === null ? null : Number(row.last_activity_at);
    const quietSince = lastActivityAt ?? row.joined_at.getTime();
    const reasons: BehindReason[] = [];
    if (pastDue) reasons.push('overdue');
    if (quietSince < stalledBefore) reasons.push('stalled');
    return {
      id: row.id,
      displayName: row.display_name,
      employeeId: row.employee_id,
      team: row.team,
      email: row.email,
      joinedAt: row.joined_at.getTime(),
      lastActivityAt,
      remindedAt: row.reminded_at === null ? null : row.reminded_at.getTime(),
      completedChapters: row.completed_chapters,
      progressPercent: totalSlides === 0 ? 0 : Math.floor((row.slides_seen * 100) / totalSlides),
      reasons,
    };
  });
  return { cohortId: cohort.id, days, dueDate: cohort.dueDate, mailConfigured, learners };
}
