import type { ServerContext } from '../context.ts';
import type { Cohort } from '../people/cohorts.ts';
import { chapterSummaries } from '../sync/progress-read.ts';
import type { Matrix, MatrixChapter, MatrixLearner, MatrixQuery } from '../../protocol/reports.ts';
import { chapterCells, isPastDue, learnerStatus } from './cells.ts';

export type { Matrix, MatrixChapter, MatrixLearner };

/** Fixed SQL per sort key: the query text never contains anything the client sent. */
const ORDER_BY: Record<MatrixQuery['sort'], string> = {
  name: 'display_name',
  employeeId: 'employee_id',
  team: 'team',
  progress: 'slides_seen',
  completed: 'completed_chapters',
  lastActive: 'last_activity_at',
  joined: 'joined_at',
};

interface Row {
  id: string;
  display_name: string;
  employee_id: string | null;
  team: string | null;
  joined_at: Date;
  last_activity_at: number | null;
  completed_chapters: number;
  slides_seen: number;
  total: number;
}

function likePattern(q: string | undefined): string | null {
  const trimmed = q?.trim();
  return trimmed ? `%${trimmed.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
}

/**
 * One page of a cohort's learners × chapters. Filtering, sorting and paging happen in SQL on the
 * learners' stored totals; only the page's learners have their chapters read.
 */
export async function loadMatrix(ctx: ServerContext, cohort: Cohort, query: MatrixQuery): Promise<Matrix> {
  const { course, db } = ctx;
  const pastDue = isPastDue(cohort.dueDate, ctx.now());
  const chapterSizes = course.chapters.map((chapter) => ({ id: chapter.id, slides: chapter.slideIds.size }));
  const direction = query.order === 'desc' ? 'DESC' : 'ASC';
  const totalSlides = chapterSizes.reduce((sum, chapter) => sum + chapter.slides, 0);
  // The learners' totals are kept up to date by ingest; a slide count over the course's (after a
  // chapter lost slides) is capped here, and each row's cells below come from its chapters.
  const sql = `
    WITH classified AS (
      SELECT id, display_name, employee_id, team, joined_at, last_activity_at, completed_chapters,
             least(slides_seen, $2) AS slides_seen,
             CASE WHEN completed_chapters >= $3 THEN 'completed'
                  WHEN last_activity_at IS NULL THEN 'not_started'
                  ELSE 'in_progress' END AS status
        FROM learners
       WHERE cohort_id = $1 AND removed_at IS NULL
    )
    SELECT *, count(*) OVER ()::int AS total
      FROM classified
     WHERE ($4::text IS NULL OR team = $4)
       AND ($5::text IS NULL OR display_name ILIKE $5 ESCAPE '\\' OR employee_id ILIKE $5 ESCAPE '\\')
       AND ($6::text IS NULL OR status = $6 OR ($6 = 'overdue' AND $7::boolean AND status <> 'completed'))
     ORDER BY ${ORDER_BY[query.sort]} ${direction} NULLS LAST, display_name, id
     LIMIT $8 OFFSET $9`;
  const params = (limit: number, offset: number) => [
    cohort.id,
    totalSlides,
    course.chapters.length,
    query.team ?? null,
    likePattern(query.q),
    query.status ?? null,
    pastDue,
    limit,
    offset,
  ];
  const { rows } = await db.query<Row>(sql, params(query.limit, query.offset));
  const total = rows[0]?.total ?? (query.offset === 0 ? 0 : ((await db.query<Row>(sql, params(1, 0))).rows[0]?.total ?? 0));
  const summaries = await chapterSummaries(db, rows.map((row) => row.id));
  const teams = await db.query<{ team: string }>(
    'SELECT DISTINCT team FROM learners WHERE cohort_id = $1 AND removed_at IS NULL AND team IS NOT NULL ORDER BY team',
    [cohort.id],
  );
  return {
    cohort,
    chapters: course.chapters.map((chapter) => ({
      id: chapter.id,
      order: chapter.order,
      title: chapter.title,
      slideCount: chapter.slideIds.size,
      quizCount: chapter.testSize,
    })),
    teams: teams.rows.map((row) => row.team),
    total,
    offset: query.offset,
    limit: query.limit,
    learners: rows.map((row) => {
      const chapters = chapterCells(course, summaries.get(row.id) ?? []);
      const status = learnerStatus(chapters, row.last_activity_at);
      return {
        id: row.id,
        displayName: row.display_name,
        employeeId: row.employee_id,
        team: row.team,
        joinedAt: row.joined_at.getTime(),
        lastActivityAt: row.last_activity_at,
        status,
        overdue: pastDue && status !== 'completed',
        completedChapters: row.completed_chapters,
        progressPercent: totalSlides === 0 ? 0 : Math.floor((row.slides_seen * 100) / totalSlides),
        chapters,
      };
    }),
  };
}
