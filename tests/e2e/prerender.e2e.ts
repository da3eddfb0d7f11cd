/**
 * Pages prerendered at build time: their text is there before any script runs, in the learner's
 * language; the app takes them over without a difference (React reports one as a page error,
 * which fails the journey); the service worker serves them offline.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appTookOver, baseUrl, launchBrowser, openPage } from './browser.ts';
import { startInLocale } from './routes.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** What a learner who has been here before has stored: progress in two chapters, a chosen language. */
async function returningLearner(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate(() => {
    const saved = JSON.parse(localStorage.getItem('courseware:progress') ?? 'null') as { state: Record<string, unknown>; version: number } | null;
    if (!saved) throw new Error('no saved progress to extend');
    saved.state.chapters = { overview: { seen: { welcome: 1_000, 'what-is-operations': 2_000 }, attempts: [], completedAt: null } };
    localStorage.setItem('courseware:progress', JSON.stringify(saved));
  });
}

describe('prerendered pages', () => {
  it('paint their text before any script has run, in the language the learner chose', async () => {
    const context = await browser.newContext({ baseURL: baseUrl(), javaScriptEnabled: false, serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      await page.goto('/present/overview/bridge');
      expect(await page.locator('.slide-stage:not(.slide-stage-waiting) h2.slide-title').textContent()).toBe('连接战略与执行的桥梁');
      expect(await page.title()).toBe('连接战略与执行的桥梁（3/16） · 运营概述 · 商业运营人员培训');
      // Slide mode without a slide: the first slide.
      await page.goto('/present/kpis');
      expect(await page.locator('h1').textContent()).toBe('关键运营指标');
      expect(await page.locator('.slide-stage:not(.slide-stage-waiting) h2.slide-title').count()).toBe(1);

      await context.addCookies([{ name: 'cw_locale', value: 'en', url: baseUrl() }]);
      await page.goto('/learn/overview');
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.locator('h1').textContent()).toBe('Operations Overview');
      expect(await page.locator('.lesson-slide h2').first().textContent()).toContain('Welcome');
      await page.goto('/calculators/roi');
      expect(await page.locator('h1').textContent()).toBe('Return on investment (ROI)');
      // Style sheets are inlined: nothing but the page itself is fetched before the first paint.
      expect(await page.locator('link[rel="stylesheet"]').count()).toBe(0);
      expect(await page.locator('style').count()).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  it('are taken over by the app for a returning learner without a difference, and stay usable', async () => {
    const { context, page, errors } = await openPage(browser, { serviceWorkers: 'block' });
    try {
      await startInLocale(context, 'en');
      await returningLearner(page);
      for (const path of ['/', '/learn/overview', '/present/overview/bridge', '/calculators/conversionRate', '/progress']) {
        const response = await page.goto(path);
        expect(await response?.text(), path).toContain('data-locale="en"');
        expect(await page.locator('h1').first().isVisible(), path).toBe(true);
      }
      // The progress the browser holds shows once the app has the page.
      await page.goto('/');
      await page.getByRole('link', { name: /Continue/ }).first().waitFor();
      // Slide mode answers the keyboard at once.
      await page.goto('/present/overview/bridge');
      await page.keyboard.press('ArrowRight');
      await page.waitForURL(/\/present\/overview\/(?!bridge)[^/]+$/);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('follow the language the learner switches to, on the next visit from the server', async () => {
    const { context, page, errors } = await openPage(browser, { serviceWorkers: 'block' });
    try {
      const first = await page.goto('/learn/overview');
      expect(await first?.text()).toContain('data-locale="zh-CN"');
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Operations Overview' }).waitFor();
      // The cookie is written once the page is idle.
      await expect.poll(async () => (await context.cookies()).find((c) => c.name === 'cw_locale')?.value, { timeout: 15_000 }).toBe('en');
      const again = await page.reload();
      expect(await again?.text()).toContain('data-locale="en"');
      await page.getByRole('heading', { level: 1, name: 'Operations Overview' }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('in a language other than the stored one are rendered afresh in the stored language', async () => {
    const { context, page, errors } = await openPage(browser, { serviceWorkers: 'block' });
    try {
      // Storage says English; the cookie was lost: the server sends the original's page.
      await context.addInitScript(() => localStorage.setItem('courseware:locale', JSON.stringify({ state: { locale: 'en' }, version: 1 })));
      const response = await page.goto('/learn/overview');
      expect(await response?.text()).toContain('data-locale="zh-CN"');
      await page.getByRole('heading', { level: 1, name: 'Operations Overview' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('are served by the service worker offline, in the learner’s language', async () => {
    const { context, page, errors } = await openPage(browser);
    try {
      await startInLocale(context, 'en');
      await page.goto('/');
      await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 45_000 });
      // The page has told the service worker the language (once idle).
      await page.waitForFunction(async () => (await (await caches.open('courseware-locale')).match('/locale'))?.text().then((t) => t === 'en') ?? false, undefined, { timeout: 15_000 });
      await context.setOffline(true);
      try {
        const response = await page.goto('/learn/kpis');
        expect(response?.fromServiceWorker()).toBe(true);
        expect(await response?.text()).toContain('data-locale="en"');
        await appTookOver(page);
        await page.getByRole('heading', { level: 1, name: 'Key Operating Metrics' }).waitFor();
        // Slide mode's pages are not precached: the app shell renders them.
        const slides = await page.goto('/present/kpis');
        expect(response?.fromServiceWorker()).toBe(true);
        expect(await slides?.text()).not.toContain('data-locale');
        await page.getByRole('heading', { level: 1, name: 'Key Operating Metrics' }).waitFor();
      } finally {
        await context.setOffline(false);
      }
      expect(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED') && !e.includes('Failed to fetch'))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
