// @vitest-environment node
import { beforeAll, expect, it } from 'vitest';
import type { Cohort } from '../../src/server/people/cohorts.ts';
import type { Matrix } from '../../src/server/reports/matrix.ts';
import { sampleChapter } from './helpers/course.ts';
import { slideSeen } from './helpers/events.ts';
import { describeEachDatabase, type ManagerSession } from './helpers/harness.ts';

/** Friday 4 December 2026, 23:30 UTC: already Saturday in Shanghai, still Friday in Hawaii. */
const NOW = Date.UTC(2026, 11, 4, 23, 30);

describeEachDatabase('cohort admin: edit, archive and restore, remove a learner', (h) => {
  let manager: ManagerSession;
  const send = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, who = manager) =>
    h().app.inject({ method, url, payload, headers: { cookie: who.cookie } });

  beforeAll(async () => {
    h().clock.now = NOW;
    manager = await h().manager('Admin');
  });

  it('refuses a due date that has passed everywhere on create, and accepts today and later', async () => {
    const past = await send('POST', '/api/manager/cohorts', { name: 'Late', dueDate: '2026-12-01' });
    expect(past.statusCode).toBe(400);
    expect(past.json().error).toMatchObject({ code: 'due_date_past' });
    expect(past.json().error.message).toContain('2026-12-01');
    // 3 December has ended in every time zone; 4 December has not (it is 11:30 on the 4th at UTC−12).
    expect((await send('POST', '/api/manager/cohorts', { name: 'x', dueDate: '2026-12-03' })).statusCode).toBe(400);
    for (const dueDate of ['2026-12-04', '2026-12-05', '2027-06-30']) {
      expect((await send('POST', '/api/manager/cohorts', { name: dueDate, dueDate })).statusCode, dueDate).toBe(201);
    }
  });

  it('renames a cohort and moves or clears its due date, but never into the past', async () => {
    const cohort = await h().cohort(manager, { name: 'Spring', dueDate: '2027-03-31' });
    const renamed = await send('PATCH', `/api/manager/cohorts/${cohort.id}`, { name: '  Spring · North ' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json().cohort).toMatchObject({ name: 'Spring · North', dueDate: '2027-03-31' });
    const moved = await send('PATCH', `/api/manager/cohorts/${cohort.id}`, { dueDate: '2027-04-30' });
    expect(moved.json().cohort).toMatchObject({ name: 'Spring · North', dueDate: '2027-04-30' });
    const past = await send('PATCH', `/api/manager/cohorts/${cohort.id}`, { dueDate: '2026-11-30' });
    expect(past.statusCode).toBe(400);
    expect(past.json().error.code).toBe('due_date_past');
    expect((await send('PATCH', `/api/manager/cohorts/${cohort.id}`, {})).statusCode).toBe(400);
    expect((await send('PATCH', `/api/manager/cohorts/${cohort.id}`, { name: 'bidi\u202Ename' })).statusCode).toBe(400);
    const cleared = await send('PATCH', `/api/manager/cohorts/${cohort.id}`, { dueDate: null });
    expect(cleared.json().cohort.dueDate).toBeNull();
    const stored = await send('GET', `/api/manager/cohorts/${cohort.id}`);
    expect(stored.json().cohort).toMatchObject({ name: 'Spring · North', dueDate: null });
  });

  it('keeps a due date that has since passed when only the name changes', async () => {
    const cohort = await h().cohort(manager, { name: 'Old' });
    await h().db.query(`UPDATE cohorts SET due_date = '2026-10-31' WHERE id = $1`, [cohort.id]);
    const renamed = await send('PATCH', `/api/manager/cohorts/${cohort.id}`, { name: 'Old, renamed', dueDate: '2026-10-31' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json().cohort).toMatchObject({ name: 'Old, renamed', dueDate: '2026-10-31' });
  });

  it('archives a cohort: hidden from the list unless asked for, joining refused; restoring undoes both', async () => {
    const cohort = await h().cohort(manager, { name: 'To archive' });
    const archived = await send('POST', `/api/manager/cohorts/${cohort.id}/archive`);
    expect(archived.statusCode).toBe(200);
    expect(archived.json().cohort.archivedAt).toBe(NOW);
    const names = async (query = '') => (await send('GET', `/api/manager/cohorts${query}`)).json().cohorts.map((c: Cohort) => c.name);
    expect(await names()).not.toContain('To archive');
    expect(await names('?archived=1')).toContain('To archive');
    expect((await send('GET', '/api/manager/cohorts?archived=yes')).statusCode).toBe(400);
    // Still readable at its own address (the record stays).
    expect((await send('GET', `/api/manager/cohorts/${cohort.id}/matrix`)).statusCode).toBe(200);
    const join = await h().app.inject({ method: 'POST', url: '/api/join', payload: { code: cohort.enrollmentCode, displayName: 'Late comer' } });
    expect(join.statusCode).toBe(410);
    expect(join.json().error).toMatchObject({ code: 'cohort_archived' });
    expect(join.json().error.message).toMatch(/closed/);
    const restored = await send('POST', `/api/manager/cohorts/${cohort.id}/restore`);
    expect(restored.json().cohort.archivedAt).toBeNull();
    expect(await names()).toContain('To archive');
    await h().join(cohort, { displayName: 'Late comer' });
  });

  it('removes a learner keeping their record, or erases them on request', async () => {
    const cohort = await h().cohort(manager, { name: 'Removals' });
    const kept = await h().join(cohort, { displayName: 'Kept', employeeId: 'K1' });
    const erased = await h().join(cohort, { displayName: 'Erased' });
    const stays = await h().join(cohort, { displayName: 'Stays' });
    const { chapter, slides } = sampleChapter();
    for (const learner of [kept, erased, stays]) {
      expect((await h().postEvents(learner, [slideSeen(chapter.id, slides[0]!, NOW - 1000)])).statusCode).toBe(200);
    }
    const path = (id: string) => `/api/manager/cohorts/${cohort.id}/learners/${id}`;
    expect((await send('POST', `${path(kept.learnerId)}/remove`, { mode: 'forget' })).statusCode).toBe(400);
    expect((await send('POST', `${path(kept.learnerId)}/remove`, { mode: 'keep' })).json()).toEqual({ learnerId: kept.learnerId, mode: 'keep' });
    expect((await send('POST', `${path(erased.learnerId)}/remove`, { mode: 'erase' })).statusCode).toBe(200);

    const matrix = (await send('GET', `/api/manager/cohorts/${cohort.id}/matrix`)).json<Matrix>();
    expect(matrix.learners.map((l) => l.displayName)).toEqual(['Stays']);
    expect(matrix.cohort.learnerCount).toBe(1);
    expect((await send('GET', path(kept.learnerId))).statusCode).toBe(404);
    // Their sign-in stops working either way.
    for (const learner of [kept, erased]) {
      expect((await h().app.inject({ method: 'GET', url: '/api/me', headers: learner.auth })).statusCode).toBe(401);
    }
    // Kept: the record is still in the database; erased: nothing is.
    const count = async (id: string) =>
      Number((await h().db.query<{ n: number }>('SELECT count(*)::int AS n FROM progress_events WHERE learner_id = $1', [id])).rows[0]!.n);
    expect(await count(kept.learnerId)).toBe(1);
    expect(await count(erased.learnerId)).toBe(0);
    expect((await h().db.query('SELECT 1 FROM learners WHERE id = $1', [erased.learnerId])).rows).toHaveLength(0);
    // The employee ID of a removed learner may join again.
    await h().join(cohort, { displayName: 'Kept again', employeeId: 'K1' });
    // Removing twice: the learner is no longer in the cohort.
    expect((await send('POST', `${path(kept.learnerId)}/remove`, { mode: 'erase' })).statusCode).toBe(404);
  });

  it('keeps all of this to the cohort\'s own manager', async () => {
    const cohort = await h().cohort(manager, { name: 'Mine' });
    const learner = await h().join(cohort);
    const other = await h().manager('Other');
    const attempts = [
      send('PATCH', `/api/manager/cohorts/${cohort.id}`, { name: 'Theirs' }, other),
      send('POST', `/api/manager/cohorts/${cohort.id}/archive`, {}, other),
      send('POST', `/api/manager/cohorts/${cohort.id}/restore`, {}, other),
      send('POST', `/api/manager/cohorts/${cohort.id}/learners/${learner.learnerId}/remove`, { mode: 'erase' }, other),
    ];
    for (const res of await Promise.all(attempts)) expect(res.statusCode).toBe(404);
    const anonymous = await h().app.inject({ method: 'POST', url: `/api/manager/cohorts/${cohort.id}/archive` });
    expect(anonymous.statusCode).toBe(401);
  });

  it('answers 404, not 400, for a cohort or learner address that is no id', async () => {
    for (const url of ['/api/manager/cohorts/not-a-uuid', '/api/manager/cohorts/not-a-uuid/matrix', '/api/manager/cohorts/not-a-uuid/items']) {
      const res = await send('GET', url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.message, url).toBe('No such cohort among yours.');
    }
    const cohort = await h().cohort(manager, { name: 'Ids' });
    const res = await send('GET', `/api/manager/cohorts/${cohort.id}/learners/not-a-uuid`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toBe('No such learner in this cohort.');
  });

  it('gives the learner their cohort (and a moved due date) with their profile, and keeps an optional e-mail', async () => {
    const cohort = await h().cohort(manager, { name: 'Deadline', dueDate: '2027-01-15' });
    const learner = await h().join(cohort, { displayName: 'Mei', email: ' mei@example.com ' });
    await send('PATCH', `/api/manager/cohorts/${cohort.id}`, { dueDate: '2027-02-01' });
    const me = await h().app.inject({ method: 'GET', url: '/api/me', headers: learner.auth });
    expect(me.json()).toMatchObject({
      learner: { displayName: 'Mei', email: 'mei@example.com' },
      cohort: { id: cohort.id, name: 'Deadline', dueDate: '2027-02-01', archived: false },
    });
    const bad = await h().app.inject({ method: 'POST', url: '/api/join', payload: { code: cohort.enrollmentCode, displayName: 'X', email: 'not an address' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('email');
    const cleared = await h().app.inject({ method: 'PATCH', url: '/api/me', headers: learner.auth, payload: { email: '' } });
    expect(cleared.json().learner.email).toBeNull();
  });
});
