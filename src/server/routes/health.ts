import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../context.ts';

export function healthRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/health', async (_request, reply) => {
    await ctx.db.query('SELECT 1');
    void reply.header('cache-control', 'no-store');
    return { status: 'ok', database: ctx.db.kind };
  });
}
