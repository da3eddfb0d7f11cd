// @vitest-environment node
import { expect, it } from 'vitest';
import { DEVICE_COOKIE, LOCKOUT_MS, MAX_FAILED_LOGINS_UNKNOWN_SOURCES } from '../../src/server/auth/login.ts';
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
    const app = await h().appWith({ trustProxy: 1 });
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

  it('checks at most five passwords of many sent at once', async () => {
    const email = await newAccount('parallel@example.com');
    const wrong = await Promise.all(Array.from({ length: 100 }, (_, i) => login(email, `guess ${i}`, { remoteAddress: '10.7.0.1' })));
    const checked = wrong.filter((res) => res.statusCode === 401).length;
    expect(checked).toBeLessThanOrEqual(4);
    expect(wrong.filter((res) => res.statusCode === 429).length).toBeGreaterThanOrEqual(96);
    // Eleven wrong guesses with the right password among them: at most five get checked.
    const other = await newAccount('parallel2@example.com');
    const mixed = await Promise.all([
      ...Array.from({ length: 11 }, (_, i) => login(other, `guess ${i}`, { remoteAddress: '10.7.0.2' })),
      login(other, PASSWORD, { remoteAddress: '10.7.0.2' }),
    ]);
    expect(mixed.filter((res) => res.statusCode === 401).length + mixed.filter((res) => res.statusCode === 200).length).toBeLessThanOrEqual(5);
  });

  it("lets a stranger lock out only themselves, and answers unknown addresses the same way", async () => {
    const email = await newAccount('owner@example.com');
    const stranger = { remoteAddress: '198.51.100.66' };
    for (let i = 0; i < 4; i++) expect((await login(email, `wrong ${i}`, stranger)).statusCode).toBe(401);
    const locked = await login(email, 'wrong', stranger);
    const lockedUnknown = await (async () => {
      for (let i = 0; i < 4; i++) await login('no-account@example.com', `wrong ${i}`, stranger);
      return login('no-account@example.com', 'wrong', stranger);
    })();
    for (const res of [locked, lockedUnknown]) {
      expect(res.statusCode).toBe(429);
      expect(res.headers['retry-after']).toBe(String(LOCKOUT_MS / 1000));
    }
    expect(lockedUnknown.json()).toEqual(locked.json());
    // The owner, elsewhere, signs in as usual.
    expect((await login(email, PASSWORD, { remoteAddress: '203.0.113.10' })).statusCode).toBe(200);
  });

  it('keeps a browser that signed in before working while its network is locked out', async () => {
    const email = await newAccount('office@example.com');
    const office = { remoteAddress: '192.0.2.50' };
    const first = await login(email, PASSWORD, office);
    const device = first.cookies.find((c) => c.name === DEVICE_COOKIE)!;
    expect(device).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/manager/login' });
    // Someone on the same office network guesses until the network is locked out…
    for (let i = 0; i < 5; i++) await login(email, `wrong ${i}`, office);
    expect((await login(email, PASSWORD, office)).statusCode).toBe(429);
    // …the owner's own browser still signs in, and gets a fresh device token.
    const own = await login(email, PASSWORD, { ...office, headers: { cookie: `${DEVICE_COOKIE}=${device.value}` } });
    expect(own.statusCode).toBe(200);
    const renewed = own.cookies.find((c) => c.name === DEVICE_COOKIE)!;
    expect(renewed.value).not.toBe(device.value);
    // A device token for another account counts for nothing here.
    const other = await newAccount('office2@example.com');
    expect((await login(other, 'wrong', { ...office, headers: { cookie: `${DEVICE_COOKIE}=${renewed.value}` } })).statusCode).toBe(401);
  });

  it('stops guessing spread over many addresses, except from browsers the account knows', async () => {
    const email = await newAccount('spread@example.com');
    const known = (await login(email, PASSWORD, { remoteAddress: '192.0.2.99' })).cookies.find((c) => c.name === DEVICE_COOKIE)!;
    const addresses = Math.ceil(MAX_FAILED_LOGINS_UNKNOWN_SOURCES / 4) + 1;
    for (let a = 0; a < addresses; a++) {
      for (let i = 0; i < 4; i++) await login(email, `wrong ${i}`, { remoteAddress: `198.18.${a}.1` });
    }
    const fresh = await login(email, PASSWORD, { remoteAddress: '198.18.250.1' });
    expect(fresh.statusCode).toBe(429);
    expect(fresh.json().error.code).toBe('account_locked');
    const own = await login(email, PASSWORD, { remoteAddress: '198.18.251.1', headers: { cookie: `${DEVICE_COOKIE}=${known.value}` } });
    expect(own.statusCode).toBe(200);
    h().clock.advance(LOCKOUT_MS + 1);
    expect((await login(email, PASSWORD, { remoteAddress: '198.18.250.1' })).statusCode).toBe(200);
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
