// @vitest-environment node
import { expect, it } from 'vitest';
import { jsonDepthExceeds, MAX_JSON_DEPTH } from '../../src/server/request-guards.ts';
import { sampleChapter } from './helpers/course.ts';
import { quizSubmitted } from './helpers/events.ts';
import { describeEachDatabase } from './helpers/harness.ts';

const nested = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;

it('measures JSON nesting without recursion, ignoring brackets inside strings', () => {
  expect(jsonDepthExceeds(nested(MAX_JSON_DEPTH), MAX_JSON_DEPTH)).toBe(false);
  expect(jsonDepthExceeds(nested(MAX_JSON_DEPTH + 1), MAX_JSON_DEPTH)).toBe(true);
  expect(jsonDepthExceeds(JSON.stringify({ a: '[[[[[[[[[[[[[[[[[[[[[[[[', b: '\\"[[[[' }), 2)).toBe(false);
  expect(jsonDepthExceeds(nested(1_000_000), MAX_JSON_DEPTH)).toBe(true);
});

describeEachDatabase('hostile input is refused with a 400, never a 500', (h) => {
  const expect400 = (res: { statusCode: number; json(): unknown }, message: RegExp) => {
    expect(res.statusCode).toBe(400);
    expect((res.json() as { error: { message: string } }).error.message).toMatch(message);
  };

  it('refuses a NUL byte in a join code, a search, a team filter and an export', async () => {
    const manager = await h().sharedManager();
    const cohort = await h().cohort(manager);
    const join = await h().app.inject({ method: 'POST', url: '/api/join', payload: { code: 'AB\u0000CD', displayName: 'x' } });
    expect400(join, /NUL/);
    for (const url of [
      `/api/manager/cohorts/${cohort.id}/matrix?q=a%00b`,
      `/api/manager/cohorts/${cohort.id}/matrix?team=%00`,
      `/api/manager/cohorts/${cohort.id}/export.csv?q=%00`,
      `/api/live/rooms/AB%00CD`,
    ]) {
      expect400(await h().app.inject({ method: 'GET', url, headers: { cookie: manager.cookie } }), /NUL/);
    }
    // Escaped backslashes before "u0000" are text, not a NUL.
    const literal = await h().app.inject({ method: 'POST', url: '/api/manager/cohorts', headers: { cookie: manager.cookie }, payload: { name: 'C:\\u0000' } });
    expect(literal.statusCode).toBe(201);
    expect(literal.json().cohort.name).toBe('C:\\u0000');
  });

  it('refuses deeply nested answers and bodies before anything serialises them', async () => {
    const manager = await h().sharedManager();
    const learner = await h().join(await h().cohort(manager));
    const { chapter, quizzes } = sampleChapter();
    const event = quizSubmitted(chapter.id, 0.5, h().clock.now, { [quizzes[0]!]: 'placeholder' });
    const body = JSON.stringify({ events: [event] }).replace('"placeholder"', nested(50_000));
    const res = await h().app.inject({
      method: 'POST',
      url: '/api/events',
      headers: { ...learner.auth, 'content-type': 'application/json' },
      payload: body,
    });
    expect400(res, /nests deeper than 16 levels/);
    const login = await h().app.inject({
      method: 'POST',
      url: '/api/manager/login',
      headers: { 'content-type': 'application/json' },
      payload: `{"email":${nested(5000)}}`,
    });
    expect400(login, /nests deeper/);
    // Nothing was stored.
    const progress = await h().app.inject({ method: 'GET', url: '/api/me/progress', headers: learner.auth });
    expect(progress.json().events).toEqual([]);
  });

  it.each([
    ['a right-to-left override', 'Alice\u202Eecila'],
    ['a zero-width space', 'Ali\u200Bce'],
    ['a zero-width joiner', 'Al\u200Dice'],
    ['a bidi isolate', '\u2067Alice\u2069'],
    ['a byte-order mark inside', 'Ali\uFEFFce'],
  ])('refuses cohort, learner and team names with %s', async (_what, name) => {
    const manager = await h().sharedManager();
    const cohortRes = await h().app.inject({ method: 'POST', url: '/api/manager/cohorts', headers: { cookie: manager.cookie }, payload: { name } });
    expect400(cohortRes, /control or invisible characters/);
    const cohort = await h().cohort(manager);
    for (const profile of [{ displayName: name }, { displayName: 'Bob', team: name }, { displayName: 'Bob', employeeId: name }]) {
      const res = await h().app.inject({ method: 'POST', url: '/api/join', payload: { code: cohort.enrollmentCode, ...profile } });
      expect400(res, /control or invisible characters/);
    }
    const learner = await h().join(cohort);
    const patched = await h().app.inject({ method: 'PATCH', url: '/api/me', headers: learner.auth, payload: { team: name } });
    expect400(patched, /control or invisible characters/);
  });

  it('keeps names in any script, composed the same way', async () => {
    const manager = await h().sharedManager();
    const cohort = await h().cohort(manager, { name: '华东区 · 2027 春季 (Ops) — الفريق' });
    expect(cohort.name).toBe('华东区 · 2027 春季 (Ops) — الفريق');
    const res = await h().app.inject({ method: 'POST', url: '/api/join', payload: { code: cohort.enrollmentCode, displayName: 'Jose\u0301' } });
    expect(res.statusCode).toBe(201);
    const me = await h().app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${res.json().token}` } });
    expect(me.json().learner.displayName).toBe('José');
  });
});
