import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requireManager } from '../auth/guards.ts';
import type { ServerContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { assertDueDateAhead, createCohort, findOwnedCohort, listCohorts, setArchived, updateCohort, type Cohort } from '../people/cohorts.ts';
import { findLearnerInCohort, reissueToken, removeLearner, type Learner } from '../people/learners.ts';
import { parseInput } from '../validation/parse.ts';
import { cohortListQuery, cohortParams, cohortPatchBody, createCohortBody, learnerParams, removeLearnerBody } from '../../protocol/cohorts.ts';

const cohortMissing = () => notFound('No such cohort among yours.');
const learnerMissing = () => notFound('No such learner in this cohort.');

/** The manager's own cohort named in the URL; another manager's cohort, or an id that is no id, is "not found". */
export async function ownCohort(ctx: ServerContext, request: FastifyRequest): Promise<Cohort> {
  const manager = await requireManager(ctx, request);
  const params = cohortParams.safeParse(request.params);
  if (!params.success) throw cohortMissing();
  const cohort = await findOwnedCohort(ctx.db, manager.id, params.data.id);
  if (cohort === null) throw cohortMissing();
  return cohort;
}

export async function ownLearner(ctx: ServerContext, request: FastifyRequest): Promise<{ cohort: Cohort; learner: Learner }> {
  const manager = await requireManager(ctx, request);
  const params = learnerParams.safeParse(request.params);
  if (!params.success) throw (cohortParams.safeParse(request.params).success ? learnerMissing : cohortMissing)();
  const cohort = await findOwnedCohort(ctx.db, manager.id, params.data.id);
  if (cohort === null) throw cohortMissing();
  const learner = await findLearnerInCohort(ctx.db, cohort.id, params.data.learnerId);
  if (learner === null) throw learnerMissing();
  return { cohort, learner };
}

export function cohortRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post('/api/manager/cohorts', async (request, reply) => {
    const manager = await requireManager(ctx, request);
    const input = parseInput(createCohortBody, request.body, 'cohort');
    assertDueDateAhead(input.dueDate, ctx.now());
    const cohort = await createCohort(ctx.db, manager.id, input);
    void reply.code(201);
    return { cohort };
  });

  app.get('/api/manager/cohorts', async (request) => {
    const manager = await requireManager(ctx, request);
    const { archived } = parseInput(cohortListQuery, request.query, 'query');
    return { cohorts: await listCohorts(ctx.db, manager.id, { archived }) };
  });

  app.get('/api/manager/cohorts/:id', async (request) => ({ cohort: await ownCohort(ctx, request) }));

  app.patch('/api/manager/cohorts/:id', async (request) => {
    const cohort = await ownCohort(ctx, request);
    const patch = parseInput(cohortPatchBody, request.body, 'cohort');
    // A due date that has passed may stay as it is, but none may be set in the past.
    if (patch.dueDate !== undefined && patch.dueDate !== cohort.dueDate) assertDueDateAhead(patch.dueDate, ctx.now());
    return { cohort: await updateCohort(ctx.db, cohort, patch) };
  });

  app.post('/api/manager/cohorts/:id/archive', async (request) => {
    const cohort = await ownCohort(ctx, request);
    return { cohort: await setArchived(ctx.db, cohort, true, ctx.now()) };
  });

  app.post('/api/manager/cohorts/:id/restore', async (request) => {
    const cohort = await ownCohort(ctx, request);
    return { cohort: await setArchived(ctx.db, cohort, false, ctx.now()) };
  });

  app.post('/api/manager/cohorts/:id/learners/:learnerId/token', async (request) => {
    const { learner } = await ownLearner(ctx, request);
    return { learnerId: learner.id, token: await reissueToken(ctx.db, learner.id) };
  });

  app.post('/api/manager/cohorts/:id/learners/:learnerId/remove', async (request) => {
    const { learner } = await ownLearner(ctx, request);
    const { mode } = parseInput(removeLearnerBody, request.body, 'removal');
    await removeLearner(ctx.db, learner.id, mode);
    return { learnerId: learner.id, mode };
  });
}
