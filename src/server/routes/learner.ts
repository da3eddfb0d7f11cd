import type { FastifyInstance } from 'fastify';
import { requireLearner } from '../auth/guards.ts';
import { normaliseEnrollmentCode } from '../auth/tokens.ts';
import type { ServerContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { findCohortByCode } from '../people/cohorts.ts';
import { joinCohort, updateProfile, type Learner } from '../people/learners.ts';
import { parseInput } from '../validation/parse.ts';
import { joinBody, profileBody } from '../validation/schemas.ts';
import type { RateLimit } from './rate-limits.ts';

function publicLearner(learner: Learner) {
  const { id, displayName, employeeId, team, joinedAt, lastActivityAt } = learner;
  return { id, displayName, employeeId, team, joinedAt, lastActivityAt };
}

export function learnerRoutes(app: FastifyInstance, ctx: ServerContext, limit: RateLimit): void {
  app.post('/api/join', { config: { rateLimit: limit } }, async (request, reply) => {
    const { code, ...profile } = parseInput(joinBody, request.body, 'join request');
    const cohort = await findCohortByCode(ctx.db, normaliseEnrollmentCode(code));
    if (cohort === null) throw notFound('No cohort has this enrollment code. Check the code with your manager.');
    const { learner, token } = await joinCohort(ctx.db, cohort.id, profile);
    void reply.code(201);
    return { learnerId: learner.id, token, cohort };
  });

  app.get('/api/me', async (request) => {
    const learner = await requireLearner(ctx, request);
    return { learner: publicLearner(learner) };
  });

  app.patch('/api/me', async (request) => {
    const learner = await requireLearner(ctx, request);
    const patch = parseInput(profileBody, request.body, 'profile');
    return { learner: publicLearner(await updateProfile(ctx.db, learner.id, patch)) };
  });
}
