import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';
import { settle } from './routes.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Navigates to `path` and says whether the service worker, not the network, answered. */
async function visit(page: Page, path: string): Promise<boolean> {
  const response = await page.goto(path);
  await settle(page);
  return response?.fromServiceWorker() ?? false;
}

describe('offline', () => {
  it('installs the service worker, then opens pages never visited without a network', async () => {
    const { page, context, errors } = await openPage(browser);
    await visit(page, '/');
    // Registered after load, when the browser is idle; the first version controls the page at once.
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 45_000 });
    const precached = await page.evaluate(async () => {
      const names = await caches.keys();
      const counts = await Promise.all(names.map(async (name) => (await (await caches.open(name)).keys()).length));
      return counts.reduce((a, b) => a + b, 0);
    });
    expect(precached).toBeGreaterThan(40);

    expect(await visit(page, '/learn/overview')).toBe(true);
    await page.getByRole('heading', { level: 1, name: '运营概述' }).waitFor();

    await context.setOffline(true);
    try {
      expect(await page.evaluate(() => navigator.onLine)).toBe(false);
      // The API is never answered from the cache: it fails like any request without a network.
      expect(await page.evaluate(() => fetch('/api/health').then(() => 'answered', () => 'failed'))).toBe('failed');

      // A chapter not opened before: its code comes from the precache.
      expect(await visit(page, '/learn/kpis')).toBe(true);
      await page.getByRole('heading', { level: 1, name: '关键运营指标' }).waitFor();
      expect(await page.locator('section.lesson-slide').count()).toBeGreaterThan(5);
      await page.locator('.calculator').first().waitFor();

      expect(await visit(page, '/calculators')).toBe(true);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.locator('main a[href^="/calculators/"]').count()).toBeGreaterThan(10);

      expect(await visit(page, '/')).toBe(true);
      await page.getByRole('heading', { level: 1, name: '商业运营人员培训' }).waitFor();
      expect(await page.getByRole('progressbar').count()).toBe(10);
    } finally {
      await context.setOffline(false);
    }
    expect(await page.evaluate(() => navigator.onLine)).toBe(true);
    expect(errors.filter((e) => !e.includes('/api/health') && !e.includes('Failed to fetch') && !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    await context.close();
  });

  it('offers the next version when one is waiting, and reloads into it', async () => {
    const site = await serveBuildWithVersions();
    const { page, context, errors } = await openPage(browser, { baseURL: site.url });
    try {
      await visit(page, '/');
      await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 45_000 });
      const first = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);

      site.release();
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
      const notice = page.getByRole('status').filter({ hasText: '课程有新版本可用' });
      await notice.waitFor({ timeout: 30_000 });
      const reload = page.getByRole('button', { name: '刷新并更新' });
      expect(await reload.isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: '稍后' }).isVisible()).toBe(true);

      const reloaded = page.waitForEvent('framenavigated', { timeout: 30_000 });
      await reload.click();
      await reloaded;
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(first);
      expect(await page.getByText('课程有新版本可用').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await site.close();
    }
  });
});

/**
 * The build on a server of its own (its own origin, so a service worker of its own) whose
 * `sw.js` changes when `release()` is called, as after deploying a new version.
 */
async function serveBuildWithVersions(distDir = 'dist'): Promise<{ url: string; release: () => void; close: () => Promise<void> }> {
  const types: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json' };
  let version = 1;
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    let file = path.join(distDir, path.normalize(pathname));
    if (!file.startsWith(distDir) || !existsSync(file) || statSync(file).isDirectory()) file = path.join(distDir, 'index.html');
    const body = readFileSync(file);
    response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    response.end(pathname === '/sw.js' && version > 1 ? `${body.toString()}\n// version ${version}\n` : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    release: () => {
      version += 1;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
