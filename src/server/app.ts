import zlib from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { TrustProxy } from './config.ts';
import { capConnections, connectionOptions, DEFAULT_CONNECTION_LIMITS, type ConnectionLimits } from './connections.ts';
import type { ServerContext } from './context.ts';
import { indexCourse } from './course-index.ts';
import type { CompiledCourse } from './course-loader.ts';
import type { Database } from './db/types.ts';
import { handleError, HttpError } from './errors.ts';
import type { LiveOptions } from './live/options.ts';
import { liveRoutes } from './live/routes.ts';
import { createMailer, type MailOptions } from './mail/mailer.ts';
import { certificateRoutes } from './routes/certificates.ts';
import { cohortRoutes } from './routes/cohorts.ts';
import { eventRoutes } from './routes/events.ts';
import { healthRoutes } from './routes/health.ts';
import { learnerRoutes } from './routes/learner.ts';
import { managerAuthRoutes } from './routes/manager-auth.ts';
import { managerToolRoutes } from './routes/manager-tools.ts';
import { DEFAULT_RATE_LIMITS, type RateLimits } from './routes/rate-limits.ts';
import { reportRoutes } from './routes/reports.ts';
import { LEARNER_QUOTA } from '../protocol/constants.ts';
import { registerRequestGuards } from './request-guards.ts';
import type { LearnerQuota } from './sync/quota.ts';
import { registerSecurityHeaders } from './security.ts';
import { registerStatic } from './static.ts';

export interface AppOptions {
  /** An open, migrated database; the caller closes it after the app. */
  db: Database;
  /** The compiled course: events are checked and tests graded against it, reports laid out by it. */
  course: CompiledCourse;
  /** The built app (`dist/`); null or a folder without index.html serves the API only. */
  staticDir?: string | null;
  logger?: FastifyServerOptions['logger'];
  /** Log every request (noisy under load); off unless asked for. */
  logRequests?: boolean;
  /** Which reverse proxies' `X-Forwarded-*` to believe (client IP for rate limits, https for cookies): see config.ts. */
  trustProxy?: TrustProxy;
  rateLimits?: Partial<RateLimits>;
  /** SMTP settings for reminders by e-mail; without them reminders are copied by hand. */
  mail?: MailOptions | null;
  /** Timeouts and the connection cap (see connections.ts). */
  connections?: Partial<ConnectionLimits>;
  /** What one learner may store (see sync/quota.ts). */
  learnerQuota?: LearnerQuota;
  /** Live-session limits and timings (see live/options.ts). */
  live?: Partial<LiveOptions>;
  /** Clock in epoch milliseconds (tests). */
  now?: () => number;
}

const MAX_JSON_BODY = 64 * 1024;

/**
 * Fastify compiles a list of addresses itself; a hop count becomes "the nearest N addresses are
 * proxies" (Fastify's own reading of a number trusts no forwarded header at all).
 */
function fastifyTrustProxy(trust: TrustProxy): false | string[] | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}

/** Builds the server (not listening yet): `app.inject()` in tests, `app.listen()` in start.ts. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const connections = { ...DEFAULT_CONNECTION_LIMITS, ...options.connections };
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: fastifyTrustProxy(options.trustProxy ?? false),
    logController: new LogController({ disableRequestLogging: !(options.logRequests ?? false) }),
    bodyLimit: MAX_JSON_BODY,
    routerOptions: { maxParamLength: 200 },
    ...connectionOptions(connections),
  });
  capConnections(app, connections);
  const ctx: ServerContext = { db: options.db, course: indexCourse(options.course), now: options.now ?? Date.now };
  const limits = { ...DEFAULT_RATE_LIMITS, ...options.rateLimits };

  app.setErrorHandler(handleError);
  // JSON only: a cross-site form cannot send it, and nothing else reaches a handler.
  app.removeContentTypeParser('text/plain');
  registerRequestGuards(app);
  // How long the server spent on each response, visible in the browser's network panel.
  app.addHook('onSend', async (_request, reply) => {
    void reply.header('server-timing', `app;dur=${reply.elapsedTime.toFixed(1)}`);
  });
  await registerSecurityHeaders(app);
  // Large API answers (a cohort's matrix, a page of progress, CSV exports) go out compressed;
  // static files are sent from the build's precompressed copies, live streams as they are.
  await app.register(fastifyCompress, { global: true, threshold: 2048, encodings: ['br', 'gzip'], brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } } });
  await app.register(fastifyCookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new HttpError(429, 'rate_limited', `Too many requests. Try again in ${Math.ceil(context.ttl / 1000)} seconds.`),
  });

  healthRoutes(app, ctx);
  managerAuthRoutes(app, ctx, limits.login);
  cohortRoutes(app, ctx);
  reportRoutes(app, ctx);
  const mailer = options.mail ? createMailer(options.mail) : null;
  if (mailer !== null) app.addHook('onClose', async () => mailer.close());
  managerToolRoutes(app, ctx, mailer);
  learnerRoutes(app, ctx, limits.join, limits.joinFailures);
  eventRoutes(app, ctx, options.learnerQuota ?? LEARNER_QUOTA);
  certificateRoutes(app, ctx, limits.verify);
  liveRoutes(app, ctx, options.live);
  await registerStatic(app, options.staticDir ?? null);
  return app;
}
