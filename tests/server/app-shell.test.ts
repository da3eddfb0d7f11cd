// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from './helpers/harness.ts';

const dist = mkdtempSync(path.join(tmpdir(), 'courseware-dist-'));
const INDEX = '<!doctype html><html><head><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body><div id="root"></div></body></html>';
mkdirSync(path.join(dist, 'assets'));
writeFileSync(path.join(dist, 'index.html'), INDEX);
writeFileSync(path.join(dist, 'assets', 'index-Ab12Cd34.js'), 'console.log(1);');
writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
writeFileSync(path.join(dist, '.env'), 'SECRET=1');
mkdirSync(path.join(dist, '.server'));
writeFileSync(path.join(dist, '.server', 'course.json'), '{"manifest":{}}');

afterAll(() => rmSync(dist, { recursive: true, force: true }));

describeEachDatabase('health, static files, SPA fallback and security headers', (h, variant) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await h().appWith({ staticDir: dist });
  });

  it('reports health and the database kind', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: variant.name });
  });

  it('serves index.html at / and for client-side routes, revalidated every time', async () => {
    for (const url of ['/', '/chapters/overview', '/manage/cohorts/123?tab=matrix', '/deep/link/']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toBe(INDEX);
    }
    expect((await app.inject({ method: 'GET', url: '/index.html' })).headers['cache-control']).toBe('no-cache');
  });

  it('caches hashed assets for a year and other files briefly', async () => {
    const asset = await app.inject({ method: 'GET', url: '/assets/index-Ab12Cd34.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-type']).toMatch(/javascript/);
    const icon = await app.inject({ method: 'GET', url: '/favicon.svg' });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('answers missing files, dotfiles and unknown API routes with JSON 404s, not the app', async () => {
    for (const url of ['/assets/missing-123.js', '/robots.txt', '/.env', '/.server/course.json', '/api/nope', '/api', '/api/manager/unknown']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.json().error.code).toBe('not_found');
    }
    const post = await app.inject({ method: 'POST', url: '/chapters/overview', payload: {} });
    expect(post.statusCode).toBe(404);
  });

  it('sends a strict Content-Security-Policy and the other helmet headers everywhere', async () => {
    for (const url of ['/', '/api/health', '/assets/index-Ab12Cd34.js', '/api/nope']) {
      const res = await app.inject({ method: 'GET', url });
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("style-src 'self' 'unsafe-inline'");
      expect(csp).toContain("img-src 'self' data:");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('serves the API alone when there is no built app', async () => {
    const apiOnly = await h().appWith({ staticDir: path.join(dist, 'missing') });
    const res = await apiOnly.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
    expect((await apiOnly.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });

  it('answers 503 from the health check and a bare 500 elsewhere when the database fails', async () => {
    const refused = () => Promise.reject(new Error('connection refused at db.ts:12'));
    const broken = { ...h().db, query: refused, ping: refused };
    const down = await h().appWith({ db: broken });
    const health = await down.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(503);
    expect(health.json().error.code).toBe('database_unavailable');
    const res = await down.inject({ method: 'GET', url: '/api/manager/me', headers: { cookie: 'cw_session=abc' } });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: { code: 'internal', message: 'Something went wrong on the server. Please try again later.' } });
    expect(res.body).not.toContain('refused');
  });

  it('never leaks a stack trace', async () => {
    const weird = [
      { method: 'GET' as const, url: '/api/manager/cohorts/not-a-uuid/matrix' },
      { method: 'GET' as const, url: `/api/manager/cohorts/${'x'.repeat(500)}` },
      { method: 'DELETE' as const, url: '/api/events' },
      { method: 'POST' as const, url: '/api/join', payload: 'null', headers: { 'content-type': 'application/json' } },
    ];
    for (const request of weird) {
      const res = await app.inject(request);
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expect(res.json().error.code).toEqual(expect.any(String));
      expect(res.body).not.toMatch(/\.ts:\d+|at [A-Za-z]+ \(/);
    }
  });
});
