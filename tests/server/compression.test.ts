// @vitest-environment node
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { precompressDir } from '../../src/build/precompress-plugin.ts';
import { describeEachDatabase } from './helpers/harness.ts';

const dist = mkdtempSync(path.join(tmpdir(), 'courseware-compressed-'));
const INDEX = `<!doctype html><html><head><title>课程</title></head><body><div id="root">${'<p>运营概述</p>'.repeat(200)}</div></body></html>`;
const SCRIPT = `export const slides = ${JSON.stringify(Array.from({ length: 300 }, (_, i) => ({ id: `slide-${i}`, title: `第 ${i} 页` })))};`;
mkdirSync(path.join(dist, 'assets'));
mkdirSync(path.join(dist, '.server'));
writeFileSync(path.join(dist, 'index.html'), INDEX);
writeFileSync(path.join(dist, 'assets', 'chapter-Ab12Cd34.js'), SCRIPT);
writeFileSync(path.join(dist, 'assets', 'tiny-Zz99Yy88.js'), 'export {};');
writeFileSync(path.join(dist, 'icon.png'), Buffer.alloc(4096, 7));
writeFileSync(path.join(dist, '.server', 'course.json'), JSON.stringify({ big: 'x'.repeat(5000) }));
const compressed = precompressDir(dist);
afterAll(() => rmSync(dist, { recursive: true, force: true }));

it('writes brotli and gzip copies of text files only, never of small files or the server folder', () => {
  expect(compressed.map((c) => c.file).sort()).toEqual(['assets/chapter-Ab12Cd34.js', 'index.html']);
  for (const file of ['index.html', 'assets/chapter-Ab12Cd34.js']) {
    expect(existsSync(path.join(dist, `${file}.br`))).toBe(true);
    expect(existsSync(path.join(dist, `${file}.gz`))).toBe(true);
  }
  for (const file of ['assets/tiny-Zz99Yy88.js', 'icon.png', '.server/course.json']) expect(existsSync(path.join(dist, `${file}.br`))).toBe(false);
  const entry = compressed.find((c) => c.file === 'index.html')!;
  expect(entry.brotli).toBeLessThan(entry.gzip);
  expect(entry.gzip).toBeLessThan(entry.bytes / 5);
});

describeEachDatabase('the course server sends the compressed copies by Accept-Encoding', (h) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await h().appWith({ staticDir: dist });
  });

  it('sends brotli, gzip or the file itself, and says it varies by Accept-Encoding', async () => {
    const get = (url: string, encoding?: string) => app.inject({ method: 'GET', url, headers: encoding ? { 'accept-encoding': encoding } : {} });
    const br = await get('/assets/chapter-Ab12Cd34.js', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(SCRIPT);
    const gz = await get('/assets/chapter-Ab12Cd34.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(SCRIPT);
    const plain = await get('/assets/chapter-Ab12Cd34.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
  });

  it('compresses the app page, at / and at every deep link', async () => {
    for (const url of ['/', '/learn/overview', '/present/kpis/intro']) {
      const res = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br' } });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-encoding'], url).toBe('br');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(brotliDecompressSync(res.rawPayload).toString()).toBe(INDEX);
    }
  });

  it('never serves the server folder, nor a compressed copy as the page itself', async () => {
    expect((await app.inject({ method: 'GET', url: '/.server/course.json', headers: { 'accept-encoding': 'br' } })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/index.html.br' })).headers['content-type']).not.toMatch(/html/);
  });
});

describeEachDatabase('large API answers are compressed, small ones and live streams are not', (h) => {
  it('compresses a large matrix but not a small answer', async () => {
    const manager = await h().sharedManager();
    const cohort = await h().cohort(manager, { name: '压缩测试' });
    for (let i = 0; i < 30; i++) await h().join(cohort, { displayName: `学员 ${i}`, team: '华东区' });
    const matrix = await h().app.inject({ method: 'GET', url: `/api/manager/cohorts/${cohort.id}/matrix`, headers: { cookie: manager.cookie, 'accept-encoding': 'br, gzip' } });
    expect(matrix.headers['content-encoding']).toBe('br');
    const parsed = JSON.parse(brotliDecompressSync(matrix.rawPayload).toString()) as { learners: unknown[] };
    expect(parsed.learners).toHaveLength(30);
    const health = await h().app.inject({ method: 'GET', url: '/api/health', headers: { 'accept-encoding': 'br, gzip' } });
    expect(health.headers['content-encoding']).toBeUndefined();
    const csv = await h().app.inject({ method: 'GET', url: `/api/manager/cohorts/${cohort.id}/export.csv`, headers: { cookie: manager.cookie, 'accept-encoding': 'gzip' } });
    expect(csv.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(csv.rawPayload).toString()).toContain('学员 29');
  });
});
