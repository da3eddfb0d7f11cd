// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ConfigError, parseTrustProxy } from '../../src/server/config.ts';
import { FailureBudget } from '../../src/server/failure-budget.ts';
import { sampleChapter } from './helpers/course.ts';
import { describeEachDatabase } from './helpers/harness.ts';

describe('TRUST_PROXY', () => {
  it('takes a hop count or proxy addresses, never "trust everyone"', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('')).toBe(false);
    expect(parseTrustProxy('0')).toBe(false);
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy('2')).toBe(2);
    expect(parseTrustProxy('10.0.0.5, 192.168.0.0/16,::1')).toEqual(['10.0.0.5', '192.168.0.0/16', '::1']);
    expect(() => parseTrustProxy('true')).toThrow(/number of proxies/);
    expect(() => parseTrustProxy('10.0.0.0/33')).toThrow(ConfigError);
    expect(() => parseTrustProxy('proxy.internal')).toThrow(/not an IP address/);
    expect(() => parseTrustProxy('99')).toThrow(/at most 10/);
  });
});

describe('FailureBudget', () => {
  it('refuses a key once its failures fill the window, until the window ends', () => {
    let now = 0;
    const budget = new FailureBudget(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(budget.retryAfter('a')).toBe(0);
      budget.fail('a');
    }
    expect(budget.retryAfter('a')).toBe(60);
    expect(budget.retryAfter('b')).toBe(0);
    now = 59_500;
    expect(budget.retryAfter('a')).toBe(1);
    now = 60_000;
    expect(budget.retryAfter('a')).toBe(0);
  });

  it('stays bounded in memory', () => {
    const budget = new FailureBudget(1, 60_000, () => 0, 100);
    for (let i = 0; i < 1000; i++) budget.fail(`k${i}`);
    expect(budget.retryAfter('k999')).toBeGreaterThan(0);
    expect(budget.retryAfter('k0')).toBe(0);
  });
});

describeEachDatabase('per-address limits behind a reverse proxy', (h) => {
  // A different e-mail address each time: only the per-address rate limit is at work.
  let guesses = 0;
  const guess = () => ({ email: `nobody${++guesses}@example.com`, password: 'wrong' });
  const STRICT = { login: { max: 5, timeWindow: 60_000 }, join: { max: 300, timeWindow: 60_000 }, joinFailures: { max: 5, timeWindow: 60_000 } };

  it('counts the address the trusted proxy saw, whatever X-Forwarded-For the client wrote', async () => {
    const app = await h().appWith({ trustProxy: 1, rateLimits: STRICT });
    const viaProxy = (client: string, forged: string) =>
      app.inject({
        method: 'POST',
        url: '/api/manager/login',
        remoteAddress: '10.0.0.2',
        // The client writes the first entry; the proxy appends the address it saw.
        headers: { 'x-forwarded-for': `${forged}, ${client}`, 'x-forwarded-proto': 'https' },
        payload: guess(),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await viaProxy('203.0.113.7', `198.51.100.${i}`)).statusCode);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5).every((s) => s === 429)).toBe(true);
    // Another client behind the same proxy has a budget of its own.
    expect((await viaProxy('203.0.113.8', '198.51.100.1')).statusCode).toBe(401);
  });

  it('trusts forwarded headers only from the proxy addresses given', async () => {
    const app = await h().appWith({ trustProxy: ['10.0.0.2'], rateLimits: STRICT });
    const send = (remoteAddress: string, forwardedFor: string) =>
      app.inject({
        method: 'POST',
        url: '/api/manager/login',
        remoteAddress,
        headers: { 'x-forwarded-for': forwardedFor },
        payload: guess(),
      });
    // Through the proxy: one budget per client it reports.
    for (let i = 0; i < 5; i++) expect((await send('10.0.0.2', '203.0.113.8')).statusCode).toBe(401);
    expect((await send('10.0.0.2', '203.0.113.8')).statusCode).toBe(429);
    expect((await send('10.0.0.2', '203.0.113.9')).statusCode).toBe(401);
    // Straight to the server, a forged header is ignored: the budget is the sender's own.
    for (let i = 0; i < 5; i++) expect((await send('192.0.2.1', `198.51.100.${i}`)).statusCode).toBe(401);
    expect((await send('192.0.2.1', '198.51.100.99')).statusCode).toBe(429);
  });

  it('lets a class of 200 behind one address join a cohort within a minute, and stops code guessing', async () => {
    const app = await h().appWith({ rateLimits: { joinFailures: { max: 30, timeWindow: 60_000 } } });
    const manager = await h().sharedManager();
    const cohort = await h().cohort(manager);
    const join = (code: string, i: number) =>
      app.inject({ method: 'POST', url: '/api/join', remoteAddress: '10.9.9.9', payload: { code, displayName: `学员 ${i}` } });
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => join(cohort.enrollmentCode, i)));
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(200);
    // Thirty wrong codes from that address, then even the right one waits.
    for (let i = 0; i < 30; i++) expect((await join('ZZZZZZZZ', i)).statusCode).toBe(404);
    const refused = await join(cohort.enrollmentCode, 999);
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.json().error.message).toMatch(/wrong enrollment codes/);
    h().clock.advance(60_000);
    expect((await join(cohort.enrollmentCode, 1000)).statusCode).toBe(201);
  });

  it('lets a class of 200 behind one address join a live session, and stops code guessing', async () => {
    const app = await h().appWith({});
    const manager = await h().manager('Presenter');
    const started = await app.inject({ method: 'POST', url: '/api/live/rooms', headers: { cookie: manager.cookie }, payload: { chapterId: sampleChapter().chapter.id } });
    const code: string = started.json().code;
    const phone = async (i: number) => {
      const lookup = await app.inject({ method: 'GET', url: `/api/live/rooms/${code}`, remoteAddress: '10.8.8.8' });
      const joined = await app.inject({ method: 'POST', url: `/api/live/rooms/${code}/join`, remoteAddress: '10.8.8.8', payload: { name: `学员${i}` } });
      return [lookup.statusCode, joined.statusCode];
    };
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => phone(i)));
    expect(results.flat().every((s) => s === 200 || s === 201)).toBe(true);
    for (let i = 0; i < 30; i++) {
      const guess = `ABCDE${'2346789ABCDEFGHJKMNPQRTUVWXYZ'[i % 29]}`;
      if (guess === code) continue;
      expect((await app.inject({ method: 'GET', url: `/api/live/rooms/${guess}`, remoteAddress: '10.8.8.8' })).statusCode).toBe(404);
    }
    const refused = await app.inject({ method: 'GET', url: `/api/live/rooms/${code}`, remoteAddress: '10.8.8.8' });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.message).toMatch(/wrong live-session codes/);
    await app.inject({ method: 'POST', url: `/api/live/rooms/${code}/end`, headers: { cookie: manager.cookie } });
  });
});
