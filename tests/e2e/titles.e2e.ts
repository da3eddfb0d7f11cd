import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../src/content/types.ts';
import { appTookOver, baseUrl, launchBrowser, openPage } from './browser.ts';
import { compiledChapter } from './course-content.ts';
import { KPI, openRoute, startInLocale } from './routes.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const COURSE: Record<Locale, string> = { 'zh-CN': '商业运营人员培训', en: 'Business Operations Training' };

describe('every route has its own document title', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(`names each page, chapter, slide and calculator in ${locale}`, async () => {
      const { context, page, errors } = await openPage(browser);
      await startInLocale(context, locale);
      const kpis = compiledChapter(locale, 'kpis');
      const third = kpis.slides[2]!;
      const routes: Array<[string, string[]]> = [
        ['/', [COURSE[locale]]],
        ['/learn/kpis', [kpis.title]],
        [`/learn/kpis/${third.id}`, [third.title, kpis.title]],
        [`/present/kpis/${third.id}`, [third.title, `3/${kpis.slides.length}`, kpis.title]],
        [`/presenter/kpis/${third.id}`, [third.title, kpis.title]],
        ['/present/kpis?print', [kpis.title]],
        ['/calculators', []],
        [`/calculators/${KPI}`, []],
        ['/progress', []],
        ['/progress/certificate', []],
        ['/verify', []],
        ['/join/ABC123', []],
        ['/manage', []],
        ['/no-such-page', []],
      ];
      const titles = new Map<string, string>();
      for (const [path, parts] of routes) {
        await openRoute(page, path);
        const title = await page.title();
        for (const part of parts) expect(title, path).toContain(part);
        expect(title.endsWith(COURSE[locale]), `${path}: ${title}`).toBe(true);
        titles.set(path, title);
      }
      // No two routes share a title, so tabs, bookmarks and history tell them apart.
      expect(new Set(titles.values()).size, JSON.stringify([...titles], null, 1)).toBe(routes.length);
      expect(errors.filter((e) => !/401|404|Failed to load resource/.test(e))).toEqual([]);
      await context.close();
    });
  }
});

describe('the first visit', () => {
  /** A page whose entry script is held back, as a slow connection would; `release` lets it through. */
  async function slowEntry(): Promise<{ context: BrowserContext; page: Page; release: () => void }> {
    // A context of its own: the journeys' pages wait for the app on every navigation, which this one must not.
    const context = await browser.newContext({ baseURL: baseUrl(), locale: 'zh-CN', serviceWorkers: 'block' });
    const page = await context.newPage();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    return { context, page, release };
  }

  it('shows a prerendered page’s text while its code is still on the way', async () => {
    const { context, page, release } = await slowEntry();
    await page.goto('/', { waitUntil: 'commit' });
    const heading = page.getByRole('heading', { level: 1, name: COURSE['zh-CN'] });
    await heading.waitFor();
    expect(await page.locator('#root[data-locale="zh-CN"]').count()).toBe(1);
    expect(await page.getByRole('status').filter({ hasText: '正在打开课程' }).count()).toBe(0);
    release();
    await appTookOver(page);
    expect(await heading.isVisible()).toBe(true);
    await context.close();
  });

  it('says the course is opening where an address has no prerendered page, never a blank page', async () => {
    const { context, page, release } = await slowEntry();
    // A lesson opened at one of its slides is rendered by the app.
    await page.goto('/learn/overview/bridge', { waitUntil: 'commit' });
    const opening = page.getByRole('status').filter({ hasText: '正在打开课程' });
    await opening.waitFor();
    expect(await opening.isVisible()).toBe(true);
    release();
    await page.getByRole('heading', { level: 1, name: '运营概述' }).waitFor();
    expect(await opening.count()).toBe(0);
    await context.close();
  });
});
