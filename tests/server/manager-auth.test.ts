// @vitest-environment node
import { expect, it } from 'vitest';
import { LOCKOUT_MS } from '../../src/server/auth/login.ts';
import { SESSION_COOKIE, SESSION_TTL_MS } from '../../src/server/auth/session.ts';
import { createManager } from '../../src/server/people/managers.ts';
import { describeEachDatabase, PASSWORD } from './helpers/harness.ts';

describeEachDatabase('manager sign-in, session and lockout', (h) => {
  const login = (email: string, password: string, extra: { remoteAddress?: string; headers?: Record<string, string> } = {}) =>
    h().app.inject({
      method: 'POST',
      url: '/api/manager/login',
      payload: { email, password },
      ...(extra.headers ? { headers: extra.headers } : {}),
      ...(extra.remoteAddress ? { remoteAddress: extra.remoteAddress } : {}),
    });
  const me = (cookie?: string) =>
    h().app.inject({ method: 'GET', url: '/api/manager/me', ...(cookie ? { headers: { cookie } } : {}) });

  async function newAccount(email: string) {
    await createManager(h().db, { email, name: '王芳', password: PASSWORD });
    return email;
  }

  it('signs in with a HttpOnly, SameSite=Strict session cookie holding a random token', async () => {
    const email = await newAccount('Wang.Fang@Example.com');
    const res = await login('  wang.fang@example.COM ', PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json().manager).toMatchObject({ email: 'wang.fang@example.com', name: '王芳' });
    const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE)!;
    expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/', maxAge: SESSION_TTL_MS / 1000 });
    expect(cookie.secure).toBeFalsy();
    // Only the hash is stored.
    const stored = await h().db.query<{ token_hash: string }>('SELECT token_hash FROM manager_sessions');
    expect(stored.rows.some((row) => row.token_hash === cookie.value)).toBe(false);
    expect(stored.rows.every((row) => /^[0-9a-f]{64}$/.test(row.token_hash))).toBe(true);
    const who = await me(`${SESSION_COOKIE}=${cookie.value}`);
    expect(who.statusCode).toBe(200);
    expect(who.json().manager.email).toBe(email.toLowerCase());
  });

  it('marks the cookie Secure behind an https proxy', async () => {
    await newAccount('secure@example.com');
    const app = await h().appWith({ trustProxy: true });
    const res = await app.inject({
      method: 'POST',
      url: '/api/manager/login',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { email: 'secure@example.com', password: PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    expect(res.cookies.find((c) => c.name === SESSION_COOKIE)?.secure).toBe(true);
  });

  it('refuses wrong passwords and unknown addresses alike', async () => {
    await newAccount('alike@example.com');
    const wrong = await login('alike@example.com', 'not the password');
    const unknown = await login('nobody@example.com', PASSWORD);
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({ error: { code: 'invalid_credentials', message: 'The e-mail address or password is not correct.' } });
      expect(res.cookies).toEqual([]);
    }
  });

  it.each([
    [{}, 'email'],
    [{ email: 'not-an-email', password: 'x' }, 'email'],
    [{ email: 'a@example.com' }, 'password'],
    [{ email: 'a@example.com', password: '' }, 'password'],
    [{ email: 'a@example.com', password: 'x'.repeat(201) }, 'password'],
  ])('validates the sign-in body %j', async (payload, field) => {
    const res = await h().app.inject({ method: 'POST', url: '/api/manager/login', payload });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_input');
    expect(res.json().error.message).toContain(field);
  });

  it('locks an account for 15 minutes after 5 failed attempts, even for the right password', async () => {
    const email = await newAccount('locked@example.com');
    for (let i = 0; i < 4; i++) expect((await login(email, `wrong ${i}`)).statusCode).toBe(401);
    const fifth = await login(email, 'wrong 5');
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json().error.code).toBe('account_locked');
    expect(Number(fifth.headers['retry-after'])).toBe(LOCKOUT_MS / 1000);
    const right = await login(email, PASSWORD);
    expect(right.statusCode).toBe(429);
    expect(right.json().error.code).toBe('account_locked');
    // Other accounts are unaffected.
    const other = await newAccount('unlocked@example.com');
    expect((await login(other, PASSWORD)).statusCode).toBe(200);
    h().clock.advance(LOCKOUT_MS - 60_000);
    expect((await login(email, PASSWORD)).statusCode).toBe(429);
    h().clock.advance(60_001);
    expect((await login(email, PASSWORD)).statusCode).toBe(200);
  });

  it('resets the failure count after a successful sign-in', async () => {
    const email = await newAccount('reset@example.com');
    for (let i = 0; i < 4; i++) await login(email, 'wrong');
    expect((await login(email, PASSWORD)).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login(email, 'wrong')).statusCode).toBe(401);
    expect((await login(email, PASSWORD)).statusCode).toBe(200);
  });

  it('rate-limits sign-in attempts per IP address', async () => {
    const email = await newAccount('ratelimit@example.com');
    const app = await h().appWith({ rateLimits: { login: { max: 3, timeWindow: 60_000 } } });
    const attempt = (remoteAddress: string) =>
      app.inject({ method: 'POST', url: '/api/manager/login', remoteAddress, payload: { email, password: 'wrong' } });
    for (let i = 0; i < 3; i++) expect((await attempt('10.0.0.1')).statusCode).toBe(401);
    const limited = await attempt('10.0.0.1');
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('rate_limited');
    expect(limited.headers['retry-after']).toBeDefined();
    expect((await attempt('10.0.0.2')).statusCode).toBe(401);
  });

  it('expires sessions after 12 hours and ends them on logout', async () => {
    const manager = await h().manager();
    expect((await me(manager.cookie)).statusCode).toBe(200);
    h().clock.advance(SESSION_TTL_MS + 1);
    const expired = await me(manager.cookie);
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('unauthorized');

    const again = await h().manager();
    const out = await h().app.inject({ method: 'POST', url: '/api/manager/logout', headers: { cookie: again.cookie } });
    expect(out.statusCode).toBe(200);
    const cleared = out.cookies.find((c) => c.name === SESSION_COOKIE)!;
    expect(cleared.value).toBe('');
    expect((await me(again.cookie)).statusCode).toBe(401);
    // Logging out without a session is harmless.
    expect((await h().app.inject({ method: 'POST', url: '/api/manager/logout' })).statusCode).toBe(200);
  });

  it('ignores forged or malformed session cookies', async () => {
    for (const cookie of [`${SESSION_COOKIE}=forged`, `${SESSION_COOKIE}=${'a'.repeat(300)}`, `${SESSION_COOKIE}='; DROP TABLE managers; --`]) {
      expect((await me(cookie)).statusCode).toBe(401);
    }
    expect((await me()).statusCode).toBe(401);
  });
});
