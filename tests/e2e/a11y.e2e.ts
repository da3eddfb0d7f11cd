import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/content/types.ts';
import { launchBrowser, openPage } from './browser.ts';
import { CHAPTERS, KPI, openRoute, useLocale } from './routes.ts';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Every chapter's lesson and one of each other kind of page. */
const ROUTES = [
  '/',
  ...CHAPTERS.map((id) => `/learn/${id}`),
  '/present/overview',
  '/presenter/overview',
  '/calculators',
  `/calculators/${KPI}`,
  '/progress',
];

/** Pages that may not exist yet in this build: checked when they render, skipped while they show "not found". */
const OPTIONAL_ROUTES = ['/manage'];

const SCHEMES = ['light', 'dark'] as const;

function describeViolation(violation: Result): string {
  const where = violation.nodes.slice(0, 5).map((node) => `${node.target.join(' ')} (${node.failureSummary?.split('\n')[1]?.trim() ?? ''})`);
  return `${violation.id}: ${violation.help} — ${where.join('; ')}`;
}

async function violationsOn(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map(describeViolation);
}

let browser: Browser;
const tally: string[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  console.log(`axe (${TAGS.join(', ')}):\n${tally.join('\n')}`);
});

describe.each(LOCALES.flatMap((locale) => SCHEMES.map((scheme) => ({ locale, scheme }))))('axe in $locale, $scheme scheme', ({ locale, scheme }) => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    // No service worker: each page is checked as the network serves it.
    ({ context, page, errors } = await openPage(browser, { colorScheme: scheme, serviceWorkers: 'block' }));
    await useLocale(context, locale);
  });
  afterAll(async () => {
    await context?.close();
  });

  it.each(ROUTES)('%s has no violations', async (path) => {
    await openRoute(page, path);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
    const violations = await violationsOn(page);
    tally.push(`  ${locale} ${scheme} ${path}: ${violations.length}`);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });

  it.each(OPTIONAL_ROUTES)('%s has no violations once it exists', async (path, test) => {
    await openRoute(page, path);
    if ((await page.locator('#not-found-title').count()) > 0) {
      tally.push(`  ${locale} ${scheme} ${path}: not in this build, skipped`);
      test.skip();
      return;
    }
    const violations = await violationsOn(page);
    tally.push(`  ${locale} ${scheme} ${path}: ${violations.length}`);
    expect(violations).toEqual([]);
  });
});
