import type { BrowserContext, Page } from 'playwright-core';
import type { Locale } from '../../src/content/types.ts';
import { baseUrl } from './browser.ts';

/** The ten chapters, in course order. */
export const CHAPTERS = ['overview', 'roles', 'kpis', 'processes', 'tools', 'crm', 'data', 'cases', 'growth', 'community'] as const;

/** A calculator with a page of its own. */
export const KPI = 'conversionRate';

/**
 * Starts every page of the context in `locale`, as the language switch would have left it: in
 * the browser's storage, and in the cookie by which the server sends pages prerendered in it.
 */
export async function startInLocale(context: BrowserContext, locale: Locale): Promise<void> {
  await context.addInitScript((value) => {
    localStorage.setItem('courseware:locale', JSON.stringify({ state: { locale: value }, version: 1 }));
  }, locale);
  await context.addCookies([{ name: 'cw_locale', value: locale, url: baseUrl() }]);
}

/**
 * Opens `path` and waits until its page is there: a level-1 heading, no route or block still
 * loading, no part still rendering (`aria-busy`, a lesson's later slides), fonts laid out.
 */
export async function openRoute(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await settle(page);
}

export async function settle(page: Page): Promise<void> {
  // A prerendered page shows its heading before the app has taken it over (its root's
  // `data-locale` goes then): wait for that, so clicks and keys reach the app.
  await page.locator('#root:not([data-locale])').waitFor({ state: 'attached' });
  await page.locator('h1').first().waitFor({ state: 'attached' });
  await page.waitForFunction(() => document.querySelector('.block-pending, .status[role="status"], [aria-busy="true"]') === null, undefined, { timeout: 20_000 });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** The former name of `startInLocale`, kept for the tests that call it. */
export const useLocale = startInLocale;
