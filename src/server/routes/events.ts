import type { FastifyInstance } from 'fastify';
import { requireLearner } from '../auth/guards.ts';
import type { ServerContext } from '../context.ts';
import { badRequest } from '../errors.ts';
import { EVENTS_BODY_LIMIT } from '../../protocol/constants.ts';
import { eventBatchSchema, progressQuery, type EventsResponse, type ProgressPage } from '../../protocol/events.ts';
import { judgeAttempts } from '../sync/grading.ts';
import { ingestEvents } from '../sync/ingest.ts';
import { checkLearnerQuota, QuotaError, type LearnerQuota } from '../sync/quota.ts';
import { checkAgainstCourse } from '../sync/course-refs.ts';
import { attemptVerdicts, chapterSummaries, learnerEvents } from '../sync/progress-read.ts';
import { parseInput } from '../validation/parse.ts';

export function eventRoutes(app: FastifyInstance, ctx: ServerContext, quota: LearnerQuota): void {
  const batchSchema = eventBatchSchema(ctx.now);
  /**
   * A batch from the learner's outbox. Structurally invalid batches and batches naming ids the
   * course does not have are refused whole (nothing stored); `details.rejected` lists the
   * offending events so the client can set them aside and send the rest. Attempts are graded
   * here (see sync/grading.ts); the answer carries the server's verdict on each.
   */
  app.post('/api/events', { bodyLimit: EVENTS_BODY_LIMIT }, async (request, reply) => {
    const learner = await requireLearner(ctx, request);
    const { events } = parseInput(batchSchema, request.body, 'event batch');
    const rejected = checkAgainstCourse(events, ctx.course);
    if (rejected.length > 0) {
      const first = rejected[0]!;
      throw badRequest(first.reason, `Event ${first.index} (${first.id}): ${first.message}`, { rejected });
    }
    try {
      await checkLearnerQuota(ctx.db, learner.id, events, quota);
    } catch (error) {
      if (error instanceof QuotaError) void reply.header('retry-after', String(error.retryAfterSeconds));
      throw error;
    }
    const judgements = await judgeAttempts(ctx.db, ctx.course, learner.id, events);
    const stored = await ingestEvents(ctx.db, ctx.course, learner.id, events, judgements);
    const attemptIds = events.filter((event) => event.type === 'quiz_submitted').map((event) => event.id);
    const verdicts = await attemptVerdicts(ctx.db, learner.id, attemptIds);
    return { ...stored, verdicts } satisfies EventsResponse;
  });

  /** Everything stored for this learner, for a second device to merge into its local progress. */
  app.get('/api/me/progress', async (request) => {
    const learner = await requireLearner(ctx, request);
    const page = parseInput(progressQuery, request.query, 'query');
    const [{ events, next }, summaries] = await Promise.all([learnerEvents(ctx.db, learner.id, page), chapterSummaries(ctx.db, [learner.id])]);
    return { learnerId: learner.id, events, chapters: summaries.get(learner.id) ?? [], next } satisfies ProgressPage;
  });
}
