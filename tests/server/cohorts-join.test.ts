// @vitest-environment node
import { expect, it } from 'vitest';
import { COHORT_NAME_MAX, LEARNER_FIELD_MAX } from '../../src/protocol/constants.ts';
import { CODE_ALPHABET } from '../../src/server/auth/tokens.ts';
import { describeEachDatabase } from './helpers/harness.ts';

describeEachDatabase('cohorts, joining and the learner record', (h) => {
  const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
    h().app.inject({ method: 'POST', url, payload: payload as object, headers });

  it('creates cohorts with a random, unambiguous 8-character enrollment code', async () => {
    const manager = await h().sharedManager();
    const res = await post('/api/manager/cohorts', { name: '  2030 春季新人班 ', dueDate: '2030-06-30' }, { cookie: manager.cookie });
    expect(res.statusCode).toBe(201);
    const { cohort } = res.json();
    expect(cohort).toMatchObject({ name: '2030 春季新人班', dueDate: '2030-06-30', learnerCount: 0, archivedAt: null });
    expect(cohort.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(cohort.enrollmentCode).toMatch(new RegExp(`^[${CODE_ALPHABET}]{8}$`));
    expect(cohort.enrollmentCode).not.toMatch(/[01OIL5S]/);
    const second = await h().cohort(manager, { name: 'No due date' });
    expect(second.dueDate).toBeNull();
    expect(second.enrollmentCode).not.toBe(cohort.enrollmentCode);
  });

  it.each([
    [{}, 'name'],
    [{ name: '' }, 'name'],
    [{ name: '   ' }, 'name'],
    [{ name: 'x'.repeat(COHORT_NAME_MAX + 1) }, 'name'],
    [{ name: 42 }, 'name'],
    [{ name: 'ok', dueDate: '2025-02-30' }, 'dueDate'],
    [{ name: 'ok', dueDate: '30/06/2025' }, 'dueDate'],
    [{ name: 'tab\tname' }, 'name'],
  ])('validates the cohort body %j', async (payload, field) => {
    const manager = await h().sharedManager();
    const res = await post('/api/manager/cohorts', payload, { cookie: manager.cookie });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'invalid_input' });
    expect(res.json().error.message).toContain(field);
  });

  it('lists only the signed-in manager\'s cohorts, newest first, with learner counts', async () => {
    const a = await h().manager('A');
    const b = await h().manager('B');
    const first = await h().cohort(a, { name: 'A1' });
    h().clock.advance(1000);
    await h().cohort(a, { name: 'A2' });
    await h().cohort(b, { name: 'B1' });
    await h().join(first);
    const list = await h().app.inject({ method: 'GET', url: '/api/manager/cohorts', headers: { cookie: a.cookie } });
    expect(list.statusCode).toBe(200);
    const names = list.json().cohorts.map((c: { name: string }) => c.name);
    expect(names).toEqual(['A2', 'A1']);
    expect(list.json().cohorts.find((c: { name: string }) => c.name === 'A1').learnerCount).toBe(1);
    const other = await h().app.inject({ method: 'GET', url: '/api/manager/cohorts', headers: { cookie: b.cookie } });
    expect(other.json().cohorts.map((c: { name: string }) => c.name)).toEqual(['B1']);
    const one = await h().app.inject({ method: 'GET', url: `/api/manager/cohorts/${first.id}`, headers: { cookie: a.cookie } });
    expect(one.json().cohort.name).toBe('A1');
  });

  it('joins with a code (case, spaces and dashes ignored) and returns a 32-byte token', async () => {
    const cohort = await h().cohort(await h().sharedManager(), { name: 'Join', dueDate: '2030-01-01' });
    const typed = `${cohort.enrollmentCode.slice(0, 4).toLowerCase()}-${cohort.enrollmentCode.slice(4)} `;
    const res = await post('/api/join', { code: typed, displayName: '李雷', employeeId: 'E1001', team: '华东区' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(body.token, 'base64url')).toHaveLength(32);
    expect(body.cohort).toEqual({ id: cohort.id, name: 'Join', dueDate: '2030-01-01' });
    const stored = await h().db.query<{ token_hash: string }>('SELECT token_hash FROM learners WHERE id = $1', [body.learnerId]);
    expect(stored.rows[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.rows[0]!.token_hash).not.toContain(body.token);
    const me = await h().app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${body.token}` } });
    expect(me.json().learner).toMatchObject({ id: body.learnerId, displayName: '李雷', employeeId: 'E1001', team: '华东区', lastActivityAt: null });
  });

  it.each([
    [{ displayName: 'x' }, 'code'],
    [{ code: 'ABCD2345' }, 'displayName'],
    [{ code: 'ABCD2345', displayName: '' }, 'displayName'],
    [{ code: 'ABCD2345', displayName: 'x'.repeat(LEARNER_FIELD_MAX.displayName + 1) }, 'displayName'],
    [{ code: 'ABCD2345', displayName: 'ok', employeeId: 'x'.repeat(LEARNER_FIELD_MAX.employeeId + 1) }, 'employeeId'],
    [{ code: 'ABCD2345', displayName: 'ok', employeeId: 'a,b' }, 'employeeId'],
    [{ code: 'ABCD2345', displayName: 'ok', team: 'x'.repeat(LEARNER_FIELD_MAX.team + 1) }, 'team'],
    [{ code: 'ABCD2345', displayName: 'ok', team: ['a'] }, 'team'],
    [{ code: 'ABCD2345', displayName: 'new\nline' }, 'displayName'],
  ])('validates the join body %j', async (payload, field) => {
    const res = await post('/api/join', payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain(field);
  });

  it('answers an unknown code with 404', async () => {
    const res = await post('/api/join', { code: 'ZZZZZZZZ', displayName: 'x' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });

  it('refuses a second join with the same employee ID in one cohort (but not in another)', async () => {
    const manager = await h().sharedManager();
    const one = await h().cohort(manager);
    const two = await h().cohort(manager);
    await h().join(one, { employeeId: 'E7' });
    const again = await post('/api/join', { code: one.enrollmentCode, displayName: 'x', employeeId: 'E7' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('employee_id_taken');
    await h().join(two, { employeeId: 'E7' });
    // Learners without an employee ID never clash.
    await h().join(one);
    await h().join(one, { employeeId: '' });
  });

  it('lets a learner read and change only their own profile', async () => {
    const cohort = await h().cohort(await h().sharedManager());
    const a = await h().join(cohort, { displayName: 'A', employeeId: 'A1', team: 'T' });
    const b = await h().join(cohort, { displayName: 'B', employeeId: 'B1' });
    const patch = (learner: typeof a, payload: unknown) =>
      h().app.inject({ method: 'PATCH', url: '/api/me', headers: learner.auth, payload: payload as object });
    const res = await patch(a, { displayName: 'A renamed', team: null });
    expect(res.statusCode).toBe(200);
    expect(res.json().learner).toMatchObject({ id: a.learnerId, displayName: 'A renamed', employeeId: 'A1', team: null });
    expect((await patch(a, {})).statusCode).toBe(400);
    expect((await patch(a, { displayName: '' })).statusCode).toBe(400);
    const clash = await patch(a, { employeeId: 'B1' });
    expect(clash.statusCode).toBe(409);
    const bMe = await h().app.inject({ method: 'GET', url: '/api/me', headers: b.auth });
    expect(bMe.json().learner).toMatchObject({ id: b.learnerId, displayName: 'B', employeeId: 'B1' });
    expect((await h().app.inject({ method: 'PATCH', url: '/api/me', payload: { displayName: 'x' } })).statusCode).toBe(401);
  });

  it('reissues a learner token: the new one works, the old one stops', async () => {
    const manager = await h().sharedManager();
    const cohort = await h().cohort(manager);
    const learner = await h().join(cohort);
    const res = await post(`/api/manager/cohorts/${cohort.id}/learners/${learner.learnerId}/token`, {}, { cookie: manager.cookie });
    expect(res.statusCode).toBe(200);
    const { token } = res.json();
    expect(token).not.toBe(learner.token);
    expect((await h().app.inject({ method: 'GET', url: '/api/me', headers: learner.auth })).statusCode).toBe(401);
    expect((await h().app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(200);
  });

  it('rate-limits joining per IP address', async () => {
    const app = await h().appWith({ rateLimits: { join: { max: 2, timeWindow: 60_000 } } });
    const attempt = () => app.inject({ method: 'POST', url: '/api/join', remoteAddress: '10.1.1.1', payload: { code: 'ZZZZZZZZ', displayName: 'x' } });
    expect((await attempt()).statusCode).toBe(404);
    expect((await attempt()).statusCode).toBe(404);
    const limited = await attempt();
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('rate_limited');
  });
});
