// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { precompressDir } from '../../src/build/precompress-plugin.ts';
import type { PageIndex } from '../../src/prerender/page-index.ts';
import { describeEachDatabase } from './helpers/harness.ts';

/** A build with a shell and a few prerendered pages, each saying what it is (long enough to be compressed). */
function writeBuild(index: PageIndex | string | null): string {
  const dist = mkdtempSync(path.join(tmpdir(), 'courseware-pages-'));
  const page = (name: string) => `<!doctype html><html><body><div id="root">${name}</div>${'<!-- padding -->'.repeat(100)}</body></html>`;
  writeFileSync(path.join(dist, 'index.html'), page('shell'));
  const files: Record<string, string> = {
    'zh-CN/index.html': 'zh home',
    'en/index.html': 'en home',
    'zh-CN/learn/overview.html': 'zh lesson',
    'en/learn/overview.html': 'en lesson',
    'zh-CN/present/overview/welcome.html': 'zh first slide',
  };
  for (const [file, name] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dist, 'pages', file)), { recursive: true });
    writeFileSync(path.join(dist, 'pages', file), page(name));
  }
  if (index !== null) writeFileSync(path.join(dist, 'pages', 'index.json'), typeof index === 'string' ? index : JSON.stringify(index));
  precompressDir(dist);
  return dist;
}

const INDEX: PageIndex = {
  'zh-CN': {
    '/': 'zh-CN/index.html',
    '/learn/overview': 'zh-CN/learn/overview.html',
    '/present/overview/welcome': 'zh-CN/present/overview/welcome.html',
    '/present/overview': 'zh-CN/present/overview/welcome.html',
  },
  en: { '/': 'en/index.html', '/learn/overview': 'en/learn/overview.html' },
};

const builds: string[] = [];
afterAll(() => {
  for (const dist of builds) rmSync(dist, { recursive: true, force: true });
});

describeEachDatabase('prerendered pages', (h) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    const dist = writeBuild(INDEX);
    builds.push(dist);
    app = await h().appWith({ staticDir: dist });
  });
  const get = (url: string, cookie?: string) => app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

  it('sends an address its page in the learner’s language, by the cookie the app keeps', async () => {
    expect((await get('/')).body).toContain('zh home');
    expect((await get('/', 'cw_locale=en')).body).toContain('en home');
    expect((await get('/learn/overview', 'other=1; cw_locale=en')).body).toContain('en lesson');
    expect((await get('/learn/overview', 'cw_locale=zh-CN')).body).toContain('zh lesson');
  });

  it('falls back to the original language for an unknown or missing language, and to the shell where a language has no page', async () => {
    expect((await get('/learn/overview', 'cw_locale=fr')).body).toContain('zh lesson');
    expect((await get('/learn/overview', 'cw_locale=%3Cscript%3E')).body).toContain('zh lesson');
    expect((await get('/present/overview/welcome', 'cw_locale=en')).body).toContain('shell');
  });

  it('sends slide mode without a slide the first slide’s page', async () => {
    expect((await get('/present/overview')).body).toContain('zh first slide');
  });

  it('sends the shell to addresses without a page and to any address with a query', async () => {
    for (const url of ['/learn/overview/what-is-operations', '/manage', '/join/ABCD1234', '/learn/overview?print', '/?utm=x', '/learn/overview/']) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).toContain('shell');
    }
  });

  it('is revalidated, varies by cookie and encoding, and goes out compressed', async () => {
    const response = await app.inject({ method: 'GET', url: '/learn/overview', headers: { cookie: 'cw_locale=en', 'accept-encoding': 'br' } });
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers.vary).toMatch(/cookie/i);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(brotliDecompressSync(response.rawPayload).toString()).toContain('en lesson');
  });

  it('answers HEAD like GET, and leaves the API and files alone', async () => {
    const head = await app.inject({ method: 'HEAD', url: '/learn/overview' });
    expect(head.statusCode).toBe(200);
    expect((await get('/api/nothing')).statusCode).toBe(404);
    expect((await get('/missing.js')).statusCode).toBe(404);
  });
});

describeEachDatabase('a build without prerendered pages, or with a damaged index', (h) => {
  it('sends the shell everywhere and keeps serving', async () => {
    for (const index of [null, '{ not json']) {
      const dist = writeBuild(index);
      builds.push(dist);
      const app = await h().appWith({ staticDir: dist });
      for (const url of ['/', '/learn/overview']) {
        const response = await app.inject({ method: 'GET', url, headers: { cookie: 'cw_locale=en' } });
        expect(response.statusCode).toBe(200);
        expect(response.body).toContain('shell');
      }
    }
  });
});
