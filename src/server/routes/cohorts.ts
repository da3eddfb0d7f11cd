import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requireManager } from '../auth/guards.ts';
import type { ServerContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { createCohort, findOwnedCohort, listCohorts, type Cohort } from '../people/cohorts.ts';
import { findLearnerInCohort, reissueToken, type Learner } from '../people/learners.ts';
import { parseInput } from '../validation/parse.ts';
import { cohortParams, createCohortBody, learnerParams } from '../validation/schemas.ts';

const cohortMissing = () => notFound('No such cohort among yours.');

/** The manager's own cohort named in the URL; another manager's cohort is "not found". */
export async function ownCohort(ctx: ServerContext, request: FastifyRequest): Promise<Cohort> {
  const manager = await requireManager(ctx, request);
  const { id } = parseInput(cohortParams, request.params, 'cohort id');
  const cohort = await findOwnedCohort(ctx.db, manager.id, id);
  if (cohort === null) throw cohortMissing();
  return cohort;
}

export async function ownLearner(ctx: ServerContext, request: FastifyRequest): Promise<{ cohort: Cohort; learner: Learner }> {
  const manager = await requireManager(ctx, request);
  const { id, learnerId } = parseInput(learnerParams, request.params, 'path');
  const cohort = await findOwnedCohort(ctx.db, manager.id, id);
  if (cohort === null) throw cohortMissing();
  const learner = await findLearnerInCohort(ctx.db, cohort.id, learnerId);
  if (learner === null) throw notFound('No such learner in this cohort.');
  return { cohort, learner };
}

export function cohortRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post('/api/manager/cohorts', async (request, reply) => {
    const manager = await requireManager(ctx, request);
    const input = parseInput(createCohortBody, request.body, 'cohort');
    const cohort = await createCohort(ctx.db, manager.id, input);
    void reply.code(201);
    return { cohort };
  });

  app.get('/api/manager/cohorts', async (request) => {
    const manager = await requireManager(ctx, request);
    return { cohorts: await listCohorts(ctx.db, manager.id) };
  });

  app.get('/api/manager/cohorts/:id', async (request) => ({ cohort: await ownCohort(ctx, request) }));

  app.post('/api/manager/cohorts/:id/learners/:learnerId/token', async (request) => {
    const { learner } = await ownLearner(ctx, request);
    return { learnerId: learner.id, token: await reissueToken(ctx.db, learner.id) };
  });
}
