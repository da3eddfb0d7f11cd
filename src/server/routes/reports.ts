import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../context.ts';
import { matrixCsv } from '../reports/export.ts';
import { loadLearnerDetail } from '../reports/learner-detail.ts';
import { loadMatrix } from '../reports/matrix.ts';
import { parseInput } from '../validation/parse.ts';
import { exportQuery, learnerDetailQuery, matrixQuery } from '../../protocol/reports.ts';
import { ownCohort, ownLearner } from './cohorts.ts';

/** Everything in one export: a cohort larger than this is not a classroom. */
const EXPORT_LIMIT = 1_000_000;

function fileName(name: string): string {
  const ascii = name.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'cohort';
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}.csv"; filename*=UTF-8''${encoded}.csv`;
}

export function reportRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/manager/cohorts/:id/matrix', async (request) => {
    const cohort = await ownCohort(ctx, request);
    const query = parseInput(matrixQuery, request.query, 'query');
    return loadMatrix(ctx, cohort, query);
  });

  app.get('/api/manager/cohorts/:id/learners/:learnerId', async (request) => {
    const { cohort, learner } = await ownLearner(ctx, request);
    const { attempts, before } = parseInput(learnerDetailQuery, request.query, 'query');
    return loadLearnerDetail(ctx, cohort, learner, { limit: attempts, before });
  });

  app.get('/api/manager/cohorts/:id/export.csv', async (request, reply) => {
    const cohort = await ownCohort(ctx, request);
    const { locale, tz, ...filters } = parseInput(exportQuery, request.query, 'query');
    const matrix = await loadMatrix(ctx, cohort, { ...filters, limit: EXPORT_LIMIT, offset: 0 });
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', fileName(cohort.name));
    return matrixCsv(matrix, locale, tz);
  });
}
