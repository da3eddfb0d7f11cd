// @vitest-environment node
import { expect, it } from 'vitest';
import { HSTS, PERMISSIONS_POLICY } from '../../src/server/security.ts';
import { describeEachDatabase } from './helpers/harness.ts';

describeEachDatabase('response headers and cross-site requests', (h) => {
  it('never lets an API answer be cached: cohorts with codes, sessions, join tokens, progress', async () => {
    const manager = await h().sharedManager();
    const cohort = await h().cohort(manager);
    const joined = await h().app.inject({ method: 'POST', url: '/api/join', payload: { code: cohort.enrollmentCode, displayName: 'x' } });
    const auth = { authorization: `Bearer ${joined.json().token}` };
    const answers = [
      joined,
      await h().app.inject({ method: 'GET', url: '/api/manager/cohorts', headers: { cookie: manager.cookie } }),
      await h().app.inject({ method: 'GET', url: `/api/manager/cohorts/${cohort.id}`, headers: { cookie: manager.cookie } }),
      await h().app.inject({ method: 'GET', url: '/api/manager/me', headers: { cookie: manager.cookie } }),
      await h().app.inject({ method: 'GET', url: '/api/me', headers: auth }),
      await h().app.inject({ method: 'GET', url: '/api/me/progress', headers: auth }),
      await h().app.inject({ method: 'GET', url: '/api/me', headers: { authorization: 'Bearer nonsense-nonsense-nonsense' } }),
      await h().app.inject({ method: 'GET', url: `/api/manager/cohorts/${cohort.id}/export.csv`, headers: { cookie: manager.cookie } }),
    ];
    for (const res of answers) expect(res.headers['cache-control']).toBe('no-store');
  });

  it('sends a Permissions-Policy everywhere, and HSTS only over https', async () => {
    const plain = await h().app.inject({ method: 'GET', url: '/api/health' });
    expect(plain.headers['permissions-policy']).toBe(PERMISSIONS_POLICY);
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    const proxied = await h().appWith({ trustProxy: 1 });
    const https = await proxied.inject({ method: 'GET', url: '/api/health', headers: { 'x-forwarded-proto': 'https' } });
    expect(https.headers['strict-transport-security']).toBe(HSTS);
    // Without a trusted proxy the header is the client's word, and is ignored.
    const forged = await h().app.inject({ method: 'GET', url: '/api/health', headers: { 'x-forwarded-proto': 'https' } });
    expect(forged.headers['strict-transport-security']).toBeUndefined();
  });

  it('refuses state-changing requests from another site, with or without a body', async () => {
    const manager = await h().sharedManager();
    const other = { origin: 'https://evil.example', cookie: manager.cookie };
    for (const [url, payload] of [
      ['/api/manager/logout', undefined],
      ['/api/manager/cohorts', { name: 'x' }],
      ['/api/live/rooms/ABCDEF/end', undefined],
    ] as const) {
      const res = await h().app.inject({ method: 'POST', url, headers: other, ...(payload ? { payload } : {}) });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('cross_site');
    }
    const fetchMeta = await h().app.inject({ method: 'POST', url: '/api/manager/logout', headers: { cookie: manager.cookie, 'sec-fetch-site': 'cross-site' } });
    expect(fetchMeta.statusCode).toBe(403);
    const sandboxed = await h().app.inject({ method: 'POST', url: '/api/manager/logout', headers: { cookie: manager.cookie, origin: 'null' } });
    expect(sandboxed.statusCode).toBe(403);
    // The session survived all of that; the page's own origin signs out.
    expect((await h().app.inject({ method: 'GET', url: '/api/manager/me', headers: { cookie: manager.cookie } })).statusCode).toBe(200);
    const own = await h().app.inject({ method: 'POST', url: '/api/manager/logout', headers: { cookie: manager.cookie, origin: 'http://localhost:80' } });
    expect(own.statusCode).toBe(200);
  });
});
