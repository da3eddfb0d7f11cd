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
});
