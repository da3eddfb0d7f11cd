import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../context.ts';
import { errorBody } from '../errors.ts';

export function healthRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/health', async (request, reply) => {
    try {
      await ctx.db.ping();
    } catch (error) {
      request.log.error({ err: error }, 'health check: database unavailable');
      return reply.code(503).send(errorBody('database_unavailable', 'The database is not reachable.'));
    }
    return { status: 'ok', database: ctx.db.kind };
  });
}
