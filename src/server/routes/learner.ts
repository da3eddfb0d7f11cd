import type { FastifyInstance } from 'fastify';
import { requireLearner } from '../auth/guards.ts';
import type { ServerContext } from '../context.ts';
import { HttpError, notFound } from '../errors.ts';
import { FailureBudget, refuseWhenSpent } from '../failure-budget.ts';
import { findCohortByCode, learnerCohort } from '../people/cohorts.ts';
import { joinCohort, updateProfile, type Learner } from '../people/learners.ts';
import { parseInput } from '../validation/parse.ts';
import { normaliseCode } from '../../protocol/codes.ts';
import { joinBody, profileBody, type JoinResponse, type MeResponse, type PublicLearner } from '../../protocol/learners.ts';
import type { RateLimit } from './rate-limits.ts';

function publicLearner(learner: Learner): PublicLearner {
  const { id, displayName, employeeId, team, email, joinedAt, lastActivityAt } = learner;
  return { id, displayName, employeeId, team, email, joinedAt, lastActivityAt };
}

export function learnerRoutes(app: FastifyInstance, ctx: ServerContext, limit: RateLimit, failures: RateLimit): void {
  const wrongCodes = new FailureBudget(failures.max, failures.timeWindow, ctx.now);
  app.post('/api/join', { config: { rateLimit: limit } }, async (request, reply) => {
    const { code, ...profile } = parseInput(joinBody, request.body, 'join request');
    refuseWhenSpent(wrongCodes, request.ip, reply, 'wrong enrollment codes');
    const cohort = await findCohortByCode(ctx.db, normaliseCode(code));
    if (cohort === null) {
      wrongCodes.fail(request.ip);
      throw notFound('No cohort has this enrollment code. Check the code with your manager.');
    }
    if (cohort.archived) throw new HttpError(410, 'cohort_archived', 'This cohort has closed and takes no new learners. Ask your manager for the code of a current one.');
    const { learner, token } = await joinCohort(ctx.db, cohort.id, profile);
    void reply.code(201);
    const { archived: _archived, ...joined } = cohort;
    return { learnerId: learner.id, token, cohort: joined } satisfies JoinResponse;
  });

  app.get('/api/me', async (request) => {
    const learner = await requireLearner(ctx, request);
    // The cohort comes along so that a due date the manager moved reaches the learner's devices.
    return { learner: publicLearner(learner), cohort: await learnerCohort(ctx.db, learner.cohortId) } satisfies MeResponse;
  });

  app.patch('/api/me', async (request) => {
    const learner = await requireLearner(ctx, request);
    const patch = parseInput(profileBody, request.body, 'profile');
    return { learner: publicLearner(await updateProfile(ctx.db, learner.id, patch)) };
  });
}
