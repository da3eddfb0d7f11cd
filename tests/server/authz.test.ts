// @vitest-environment node
import { beforeAll, expect, it } from 'vitest';
import type { Cohort } from '../../src/server/people/cohorts.ts';
import { sampleChapter } from './helpers/course.ts';
import { slideSeen } from './helpers/events.ts';
import { describeEachDatabase, type JoinedLearner, type ManagerSession } from './helpers/harness.ts';

type Method = 'GET' | 'POST' | 'PATCH';
type Actor = 'anonymous' | 'learnerA' | 'learnerB' | 'managerX' | 'managerY';

describeEachDatabase('authorisation matrix', (h) => {
  let managerX: ManagerSession;
  let managerY: ManagerSession;
  let cohortX: Cohort;
  let cohortY: Cohort;
  let learnerA: JoinedLearner;
  let learnerB: JoinedLearner;
  /** Whose token the matrix reissues (so A's token stays valid). */
  let learnerC: JoinedLearner;

  beforeAll(async () => {
    managerX = await h().manager('X');
    managerY = await h().manager('Y');
    cohortX = await h().cohort(managerX, { name: 'X' });
    cohortY = await h().cohort(managerY, { name: 'Y' });
    learnerA = await h().join(cohortX, { displayName: 'A' });
    learnerB = await h().join(cohortY, { displayName: 'B' });
    learnerC = await h().join(cohortX, { displayName: 'C' });
    const { chapter, slides } = sampleChapter();
    await h().postEvents(learnerA, [slideSeen(chapter.id, slides[0]!, h().clock.now)]);
    await h().postEvents(learnerB, [slideSeen(chapter.id, slides[1]!, h().clock.now), slideSeen(chapter.id, slides[2]!, h().clock.now)]);
  });

  function headersOf(actor: Actor): Record<string, string> {
    switch (actor) {
      case 'anonymous':
        return {};
      case 'learnerA':
        return learnerA.auth;
      case 'learnerB':
        return learnerB.auth;
      case 'managerX':
        return { cookie: managerX.cookie };
      case 'managerY':
        return { cookie: managerY.cookie };
    }
  }

  /** Routes about cohort X and learner A; `allowed` lists who may use them, with the expected status. */
  const routes = (): Array<{ method: Method; url: string; payload?: object; allowed: Partial<Record<Actor, number>>; otherwise: Partial<Record<Actor, number>> }> => [
    { method: 'GET', url: '/api/manager/me', allowed: { managerX: 200, managerY: 200 }, otherwise: {} },
    { method: 'GET', url: '/api/manager/cohorts', allowed: { managerX: 200, managerY: 200 }, otherwise: {} },
    { method: 'POST', url: '/api/manager/cohorts', payload: { name: 'new' }, allowed: { managerX: 201, managerY: 201 }, otherwise: {} },
    { method: 'GET', url: `/api/manager/cohorts/${cohortX.id}`, allowed: { managerX: 200 }, otherwise: { managerY: 404 } },
    { method: 'GET', url: `/api/manager/cohorts/${cohortX.id}/matrix`, allowed: { managerX: 200 }, otherwise: { managerY: 404 } },
    { method: 'GET', url: `/api/manager/cohorts/${cohortX.id}/export.csv`, allowed: { managerX: 200 }, otherwise: { managerY: 404 } },
    { method: 'GET', url: `/api/manager/cohorts/${cohortX.id}/learners/${learnerA.learnerId}`, allowed: { managerX: 200 }, otherwise: { managerY: 404 } },
    // Learner B through cohort X: B is not in X, even for X's own manager.
    { method: 'GET', url: `/api/manager/cohorts/${cohortX.id}/learners/${learnerB.learnerId}`, allowed: {}, otherwise: { managerX: 404, managerY: 404 } },
    // Learner A through cohort Y: Y's manager cannot reach A by naming their own cohort.
    { method: 'GET', url: `/api/manager/cohorts/${cohortY.id}/learners/${learnerA.learnerId}`, allowed: {}, otherwise: { managerX: 404, managerY: 404 } },
    { method: 'POST', url: `/api/manager/cohorts/${cohortX.id}/learners/${learnerC.learnerId}/token`, payload: {}, allowed: { managerX: 200 }, otherwise: { managerY: 404 } },
    { method: 'GET', url: '/api/me', allowed: { learnerA: 200, learnerB: 200 }, otherwise: {} },
    { method: 'GET', url: '/api/me/progress', allowed: { learnerA: 200, learnerB: 200 }, otherwise: {} },
    { method: 'PATCH', url: '/api/me', payload: { team: 'T' }, allowed: { learnerA: 200, learnerB: 200 }, otherwise: {} },
    { method: 'POST', url: '/api/events', payload: { events: [] }, allowed: { learnerA: 400, learnerB: 400 }, otherwise: {} },
  ];

  const actors: Actor[] = ['anonymous', 'learnerA', 'learnerB', 'managerX', 'managerY'];

  it('gives each actor exactly the access it should have', async () => {
    const failures: string[] = [];
    for (const route of routes()) {
      for (const actor of actors) {
        const expected = route.allowed[actor] ?? route.otherwise[actor] ?? 401;
        const res = await h().app.inject({ method: route.method, url: route.url, headers: headersOf(actor), ...(route.payload ? { payload: route.payload } : {}) });
        if (res.statusCode !== expected) failures.push(`${actor} ${route.method} ${route.url}: ${res.statusCode}, expected ${expected}`);
        if (res.statusCode >= 400) expect(res.json().error.code).toEqual(expect.any(String));
      }
    }
    expect(failures).toEqual([]);
  });

  it('a learner reads only their own record and events', async () => {
    const a = await h().app.inject({ method: 'GET', url: '/api/me/progress', headers: learnerA.auth });
    const b = await h().app.inject({ method: 'GET', url: '/api/me/progress', headers: learnerB.auth });
    expect(a.json().learnerId).toBe(learnerA.learnerId);
    expect(a.json().events).toHaveLength(1);
    expect(b.json().learnerId).toBe(learnerB.learnerId);
    expect(b.json().events).toHaveLength(2);
    const meA = await h().app.inject({ method: 'GET', url: '/api/me', headers: learnerA.auth });
    expect(meA.json().learner.id).toBe(learnerA.learnerId);
  });

  it("event ids belong to their learner: another learner's id neither touches theirs nor is dropped", async () => {
    const before = await h().app.inject({ method: 'GET', url: '/api/me/progress', headers: learnerA.auth });
    const theirs = before.json().events[0];
    // B's own event happens to carry A's id (a copied outbox, or a deliberate replay).
    const own = { ...theirs, at: theirs.at + 1000 };
    const res = await h().postEvents(learnerB, [own]);
    expect(res.json()).toMatchObject({ accepted: 1, duplicates: 0 });
    expect((await h().postEvents(learnerB, [own])).json()).toMatchObject({ accepted: 0, duplicates: 1 });
    const b = await h().app.inject({ method: 'GET', url: '/api/me/progress', headers: learnerB.auth });
    expect(b.json().events.find((e: { id: string }) => e.id === theirs.id)?.at).toBe(own.at);
    const after = await h().app.inject({ method: 'GET', url: '/api/me/progress', headers: learnerA.auth });
    expect(after.json().events).toEqual(before.json().events);
  });

  it('a second manager never sees the first one\'s cohorts or learners', async () => {
    const list = await h().app.inject({ method: 'GET', url: '/api/manager/cohorts', headers: { cookie: managerY.cookie } });
    const ids = list.json().cohorts.map((c: { id: string }) => c.id);
    expect(ids).toContain(cohortY.id);
    expect(ids).not.toContain(cohortX.id);
    const matrixY = await h().app.inject({ method: 'GET', url: `/api/manager/cohorts/${cohortY.id}/matrix`, headers: { cookie: managerY.cookie } });
    expect(matrixY.json().learners.map((l: { id: string }) => l.id)).toEqual([learnerB.learnerId]);
    const matrixX = await h().app.inject({ method: 'GET', url: `/api/manager/cohorts/${cohortX.id}/matrix`, headers: { cookie: managerY.cookie } });
    expect(matrixX.statusCode).toBe(404);
  });

  it('a manager session is not a learner token and the other way round', async () => {
    const cookieAsBearer = managerX.cookie.split('=')[1]!;
    const res = await h().app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${cookieAsBearer}` } });
    expect(res.statusCode).toBe(401);
    const tokenAsCookie = await h().app.inject({ method: 'GET', url: '/api/manager/me', headers: { cookie: `cw_session=${learnerA.token}` } });
    expect(tokenAsCookie.statusCode).toBe(401);
  });
});
