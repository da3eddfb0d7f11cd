import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe } from 'vitest';
import { buildApp, type AppOptions } from '../../../src/server/app.ts';
import { migrate } from '../../../src/server/db/migrate.ts';
import type { Database } from '../../../src/server/db/types.ts';
import { createManager } from '../../../src/server/people/managers.ts';
import type { Cohort } from '../../../src/server/people/cohorts.ts';
import { SESSION_COOKIE } from '../../../src/server/auth/session.ts';
import { compiledCourse } from './course.ts';
import { DATABASE_VARIANTS, type DatabaseVariant } from './databases.ts';

export const PASSWORD = 'correct horse battery';

/** Limits high enough that only the rate-limit tests ever reach them. */
const RELAXED_LIMITS = {
  login: { max: 10_000, timeWindow: 60_000 },
  join: { max: 10_000, timeWindow: 60_000 },
  joinFailures: { max: 10_000, timeWindow: 60_000 },
  verify: { max: 10_000, timeWindow: 60_000 },
};

export interface Clock {
  now: number;
  advance(ms: number): void;
}

export interface ManagerSession {
  id: string;
  email: string;
  cookie: string;
}

export interface JoinedLearner {
  learnerId: string;
  token: string;
  auth: { authorization: string };
}

export interface Harness {
  app: FastifyInstance;
  db: Database;
  clock: Clock;
  /** A new manager, signed in. */
  manager(name?: string): Promise<ManagerSession>;
  /** One manager per harness, for tests that only need someone to own a cohort. */
  sharedManager(): Promise<ManagerSession>;
  cohort(manager: ManagerSession, body?: Record<string, unknown>): Promise<Cohort>;
  join(cohort: Cohort, profile?: Record<string, unknown>): Promise<JoinedLearner>;
  postEvents(learner: JoinedLearner, events: unknown[]): Promise<LightMyRequestResponse>;
  /** Another app on the same database (different options). */
  appWith(options: Partial<AppOptions>): Promise<FastifyInstance>;
  close(): Promise<void>;
}

export async function createHarness(variant: DatabaseVariant, options: Partial<AppOptions> = {}): Promise<Harness> {
  const db = await variant.create();
  await migrate(db);
  const clock: Clock = {
    now: Date.now(),
    advance(ms) {
      this.now += ms;
    },
  };
  const apps: FastifyInstance[] = [];
  const appWith = async (extra: Partial<AppOptions>) => {
    const app = await buildApp({ db, course: compiledCourse(), now: () => clock.now, rateLimits: RELAXED_LIMITS, ...options, ...extra });
    apps.push(app);
    return app;
  };
  const app = await appWith({});
  let managers = 0;
  let shared: Promise<ManagerSession> | null = null;

  const harness: Harness = {
    app,
    db,
    clock,
    async manager(name = 'Manager') {
      const email = `manager${++managers}.${randomUUID().slice(0, 8)}@example.com`;
      const manager = await createManager(db, { email, name, password: PASSWORD });
      const res = await app.inject({ method: 'POST', url: '/api/manager/login', payload: { email, password: PASSWORD } });
      const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
      if (res.statusCode !== 200 || cookie === undefined) throw new Error(`login failed: ${res.body}`);
      return { id: manager.id, email, cookie: `${SESSION_COOKIE}=${cookie.value}` };
    },
    sharedManager() {
      shared ??= harness.manager('Shared manager');
      return shared;
    },
    async cohort(manager, body = { name: 'Cohort' }) {
      const res = await app.inject({ method: 'POST', url: '/api/manager/cohorts', headers: { cookie: manager.cookie }, payload: body });
      if (res.statusCode !== 201) throw new Error(`cohort failed: ${res.body}`);
      return res.json<{ cohort: Cohort }>().cohort;
    },
    async join(cohort, profile = {}) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/join',
        payload: { code: cohort.enrollmentCode, displayName: 'Learner', ...profile },
      });
      if (res.statusCode !== 201) throw new Error(`join failed: ${res.body}`);
      const { learnerId, token } = res.json<{ learnerId: string; token: string }>();
      return { learnerId, token, auth: { authorization: `Bearer ${token}` } };
    },
    postEvents(learner, events) {
      return app.inject({ method: 'POST', url: '/api/events', headers: learner.auth, payload: { events } });
    },
    appWith,
    async close() {
      for (const a of apps) await a.close();
      await db.close();
    },
  };
  return harness;
}

/**
 * Declares `body` once per database variant (PGlite always; PostgreSQL when TEST_DATABASE_URL
 * is set, skipped otherwise), each with its own fresh database and app.
 */
export function describeEachDatabase(title: string, body: (h: () => Harness, variant: DatabaseVariant) => void, options: Partial<AppOptions> = {}): void {
  for (const variant of DATABASE_VARIANTS) {
    describe.skipIf(variant.skip !== null)(`${title} [${variant.name}]`, () => {
      let harness: Harness | undefined;
      beforeAll(async () => {
        compiledCourse();
        harness = await createHarness(variant, options);
      });
      afterAll(async () => {
        await harness?.close();
      });
      body(() => harness!, variant);
    });
  }
}
