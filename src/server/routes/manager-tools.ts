import type { FastifyInstance } from 'fastify';
import { requireManager } from '../auth/guards.ts';
import type { ServerContext } from '../context.ts';
import { conflict, notFound } from '../errors.ts';
import type { Mailer } from '../mail/mailer.ts';
import { sendReminders } from '../mail/reminders.ts';
import { loadBehind } from '../reports/behind.ts';
import { itemAnalysisCsv } from '../reports/item-csv.ts';
import { loadItemAnalysis } from '../reports/item-analysis.ts';
import { parseInput } from '../validation/parse.ts';
import { itemsCsvQuery, itemsQuery } from '../../protocol/item-analysis.ts';
import { behindQuery, reminderBody } from '../../protocol/reminders.ts';
import { ownCohort } from './cohorts.ts';

/** A chapter with a test, by id; the first such chapter when none is named. */
function testedChapter(ctx: ServerContext, chapterId: string | undefined) {
  const chapters = ctx.course.chapters.filter((chapter) => chapter.testSize > 0);
  const chapter = chapterId === undefined ? chapters[0] : chapters.find((c) => c.id === chapterId);
  if (chapter === undefined) throw notFound(chapterId === undefined ? 'The course has no chapter tests.' : `No chapter "${chapterId}" with a test.`);
  return chapter;
}

/** Item analysis, who is behind, and reminders by e-mail (when the server has SMTP settings). */
export function managerToolRoutes(app: FastifyInstance, ctx: ServerContext, mailer: Mailer | null): void {
  app.get('/api/manager/cohorts/:id/items', async (request) => {
    const cohort = await ownCohort(ctx, request);
    const { chapter } = parseInput(itemsQuery, request.query, 'query');
    return loadItemAnalysis(ctx, cohort, testedChapter(ctx, chapter));
  });

  app.get('/api/manager/cohorts/:id/items.csv', async (request, reply) => {
    const cohort = await ownCohort(ctx, request);
    const { chapter: chapterId, locale } = parseInput(itemsCsvQuery, request.query, 'query');
    const chapter = testedChapter(ctx, chapterId);
    const analysis = await loadItemAnalysis(ctx, cohort, chapter);
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="items-${chapter.order}-${chapter.id}.csv"`);
    return itemAnalysisCsv(analysis, locale);
  });

  app.get('/api/manager/cohorts/:id/behind', async (request) => {
    const cohort = await ownCohort(ctx, request);
    const { days } = parseInput(behindQuery, request.query, 'query');
    return loadBehind(ctx, cohort, days, mailer !== null);
  });

  app.post('/api/manager/cohorts/:id/reminders', async (request) => {
    const manager = await requireManager(ctx, request);
    const cohort = await ownCohort(ctx, request);
    const body = parseInput(reminderBody, request.body, 'reminder');
    if (mailer === null) throw conflict('mail_not_configured', 'This server has no SMTP settings: copy the reminder and send it yourself.');
    return sendReminders(ctx.db, mailer, cohort, manager.email, body);
  });
}
