import type { FastifyInstance } from 'fastify';
import { authenticate, LockedError, rememberDevice } from '../auth/login.ts';
import { requireManager } from '../auth/guards.ts';
import { endSession, startSession } from '../auth/session.ts';
import type { ServerContext } from '../context.ts';
import type { RateLimit } from './rate-limits.ts';
import { parseInput } from '../validation/parse.ts';
import { loginBody } from '../../protocol/managers.ts';

export function managerAuthRoutes(app: FastifyInstance, ctx: ServerContext, limit: RateLimit): void {
  app.post('/api/manager/login', { config: { rateLimit: limit } }, async (request, reply) => {
    const { email, password } = parseInput(loginBody, request.body, 'sign-in');
    try {
      const manager = await authenticate(ctx, request, email, password);
      await startSession(ctx, request, reply, manager.id);
      await rememberDevice(ctx, request, reply, manager.id);
      return { manager };
    } catch (error) {
      if (error instanceof LockedError) void reply.header('retry-after', String(error.retryAfterSeconds));
      throw error;
    }
  });

  app.post('/api/manager/logout', async (request, reply) => {
    await endSession(ctx, request, reply);
    return { ok: true };
  });

  app.get('/api/manager/me', async (request) => ({ manager: await requireManager(ctx, request) }));
}
