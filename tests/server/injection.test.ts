// @vitest-environment node
import { expect, it } from 'vitest';
import { EMPLOYEE_ID_PATTERN, LEARNER_FIELD_MAX } from '../../src/protocol/constants.ts';
import { createManager } from '../../src/server/people/managers.ts';
import { sampleChapter } from './helpers/course.ts';
import { quizSubmitted } from './helpers/events.ts';
import { describeEachDatabase, PASSWORD } from './helpers/harness.ts';

/** Classic SQL-injection and XSS strings; every one must come back exactly as sent. */
const PAYLOADS = [
  "'; DROP TABLE learners; --",
  "' OR '1'='1",
  "Robert'); DELETE FROM progress_events; --",
  '1; UPDATE managers SET password_hash = NULL',
  "\\'; SELECT pg_sleep(5); --",
  '$1 $2 %s %d',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(document.cookie)>',
  '"><svg/onload=alert(1)>',
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
  '__proto__',
  '王小明 <b>粗体</b> & “引号”',
];

/**
 * A learner's name and employee id as stored for a payload: a name is cut to the longest the
 * contract takes, and a payload that is no employee id is replaced; the whole payload must then
 * be refused there.
 */
function learnerFields(payload: string): { displayName: string; employeeId: string } {
  return {
    displayName: [...payload].slice(0, LEARNER_FIELD_MAX.displayName).join(''),
    employeeId: EMPLOYEE_ID_PATTERN.test(payload) ? payload : 'E-1',
  };
}

describeEachDatabase('SQL injection and XSS payloads are stored verbatim (or refused) and returned as inert JSON', (h) => {
  const json = (res: { headers: Record<string, unknown> }) => {
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  };

  it.each(PAYLOADS)('round-trips %s through every text field', async (payload) => {
    const manager = await h().sharedManager();
    // Cohort name.
    const created = await h().app.inject({ method: 'POST', url: '/api/manager/cohorts', headers: { cookie: manager.cookie }, payload: { name: payload } });
    expect(created.statusCode).toBe(201);
    json(created);
    const cohort = created.json().cohort;
    expect(cohort.name).toBe(payload);
    // Learner fields: where a payload breaks a field's rules, a 400, never a mangled value.
    const fields = learnerFields(payload);
    for (const [field, value] of Object.entries(fields)) {
      if (value === payload) continue;
      const refused = await h().app.inject({ method: 'POST', url: '/api/join', payload: { code: cohort.enrollmentCode, displayName: 'x', [field]: payload } });
      expect(refused.statusCode, field).toBe(400);
    }
    const joined = await h().app.inject({
      method: 'POST',
      url: '/api/join',
      payload: { code: cohort.enrollmentCode, ...fields, team: payload },
    });
    expect(joined.statusCode).toBe(201);
    json(joined);
    expect(joined.json().cohort.name).toBe(payload);
    const auth = { authorization: `Bearer ${joined.json().token}` };
    const me = await h().app.inject({ method: 'GET', url: '/api/me', headers: auth });
    json(me);
    expect(me.json().learner).toMatchObject({ ...fields, team: payload });
    const patched = await h().app.inject({ method: 'PATCH', url: '/api/me', headers: auth, payload: { team: `${payload}!` } });
    expect(patched.json().learner.team).toBe(`${payload}!`);
    // Free-form quiz answers.
    const { chapter, quizzes } = sampleChapter();
    const event = quizSubmitted(chapter.id, 0.5, h().clock.now, { [quizzes[0]!]: payload, [quizzes[1]!]: [payload, { note: payload }] });
    const posted = await h().app.inject({ method: 'POST', url: '/api/events', headers: auth, payload: { events: [event] } });
    expect(posted.json()).toMatchObject({ accepted: 1, duplicates: 0 });
    const progress = await h().app.inject({ method: 'GET', url: '/api/me/progress', headers: auth });
    json(progress);
    expect(progress.json().events[0].answers).toEqual({ [quizzes[0]!]: payload, [quizzes[1]!]: [payload, { note: payload }] });
    // Reports, filters and the export.
    const matrix = await h().app.inject({
      method: 'GET',
      url: `/api/manager/cohorts/${cohort.id}/matrix?team=${encodeURIComponent(`${payload}!`)}&q=${encodeURIComponent(fields.displayName)}`,
      headers: { cookie: manager.cookie },
    });
    expect(matrix.statusCode).toBe(200);
    json(matrix);
    expect(matrix.json().learners).toHaveLength(1);
    expect(matrix.json().learners[0]).toMatchObject({ ...fields, team: `${payload}!` });
    expect(matrix.json().teams).toEqual([`${payload}!`]);
    const detail = await h().app.inject({
      method: 'GET',
      url: `/api/manager/cohorts/${cohort.id}/learners/${joined.json().learnerId}`,
      headers: { cookie: manager.cookie },
    });
    expect(detail.json().attempts[0].answers[quizzes[0]!]).toBe(payload);
    const csv = await h().app.inject({ method: 'GET', url: `/api/manager/cohorts/${cohort.id}/export.csv`, headers: { cookie: manager.cookie } });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
  });

  it('keeps a manager name verbatim and every table intact afterwards', async () => {
    const email = 'payload.manager@example.com';
    await createManager(h().db, { email, name: PAYLOADS[0]!, password: PASSWORD });
    const login = await h().app.inject({ method: 'POST', url: '/api/manager/login', payload: { email, password: PASSWORD } });
    expect(login.json().manager.name).toBe(PAYLOADS[0]);
    const sqlLogin = await h().app.inject({ method: 'POST', url: '/api/manager/login', payload: { email: "a@b.c' OR '1'='1", password: "' OR '1'='1" } });
    expect(sqlLogin.statusCode).toBe(400);
    for (const table of ['managers', 'cohorts', 'learners', 'progress_events', 'chapter_progress']) {
      const { rows } = await h().db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
      expect(rows[0]!.n, table).toBeGreaterThan(0);
    }
    const hashes = await h().db.query<{ n: number }>('SELECT count(*)::int AS n FROM managers WHERE password_hash IS NULL');
    expect(hashes.rows[0]!.n).toBe(0);
  });

  it('treats payloads in ids and codes as plain non-matches', async () => {
    for (const payload of PAYLOADS) {
      const join = await h().app.inject({ method: 'POST', url: '/api/join', payload: { code: payload.slice(0, 32), displayName: 'x' } });
      expect([400, 404]).toContain(join.statusCode);
      const manager = await h().sharedManager();
      const cohort = await h().app.inject({ method: 'GET', url: `/api/manager/cohorts/${encodeURIComponent(payload)}/matrix`, headers: { cookie: manager.cookie } });
      // An id that is no UUID names no cohort: not found, as for any unknown cohort (a NUL in the address is refused first).
      expect(cohort.statusCode).toBe(payload.includes('\u0000') ? 400 : 404);
    }
  });
});
