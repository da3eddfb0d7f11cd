import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../src/content/types.ts';
import { launchBrowser, openPage } from './browser.ts';
import { CHAPTERS, KPI, openRoute, startInLocale } from './routes.ts';

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
  '/manage',
];

type Scheme = 'light' | 'dark';

/**
 * What the dark scheme changes is colour alone, and alike in both languages: it is checked with
 * the colour rules, in the original language. Every other rule runs in the light scheme, in both.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

interface Case {
  path: string;
  locale: Locale;
  scheme: Scheme;
  /** A scheme chosen in the display settings, overriding the system's. */
  chosen?: Scheme;
}

const cases = (paths: string[]): Case[] =>
  paths.flatMap((path) => [
    ...LOCALES.map((locale): Case => ({ path, locale, scheme: 'light' })),
    { path, locale: DEFAULT_LOCALE, scheme: 'dark' },
  ]);

function describeViolation(violation: Result): string {
  const where = violation.nodes.slice(0, 5).map((node) => `${node.target.join(' ')} (${node.failureSummary?.split('\n')[1]?.trim() ?? ''})`);
  return `${violation.id}: ${violation.help} — ${where.join('; ')}`;
}

let browser: Browser;
const tally = new Map<string, string>();
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  const lines = [...tally.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, count]) => `  ${key}: ${count}`);
  console.log(`axe violations (${TAGS.join(', ')}):\n${lines.join('\n')}`);
});

/**
 * Opens `path` in a fresh context (no service worker: each page as the network serves it) in
 * the locale and colour scheme given, runs `check` on it, and closes the context.
 */
async function onPage({ path, locale, scheme, chosen }: Case, check: (page: Page) => Promise<void>): Promise<void> {
  const { context, page, errors } = await openPage(browser, { colorScheme: scheme, serviceWorkers: 'block' });
  try {
    await startInLocale(context, locale);
    if (chosen) {
      await context.addInitScript((value) => {
        localStorage.setItem('courseware:display', JSON.stringify({ state: { scheme: value, textSize: 100 }, version: 1 }));
      }, chosen);
    }
    await openRoute(page, path);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(chosen);
    await check(page);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
}

/** Violations of every WCAG A/AA rule, or of the colour rules alone in the dark scheme. */
async function violationsOn(page: Page, { scheme, chosen }: Case): Promise<string[]> {
  // options() before withTags(): options() replaces the run options that withTags() fills in.
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(TAGS);
  const results = await ((chosen ?? scheme) === 'dark' ? builder.withRules(COLOUR_RULES) : builder).analyze();
  return results.violations.map(describeViolation);
}

// Pages are checked a few at a time: axe's time is spent in each page's own renderer process.
describe.concurrent('axe, every page kind and every chapter, both languages, light and dark', { timeout: 120_000 }, () => {
  it.for(cases(ROUTES))('$path in $locale, $scheme', async (item) => {
    await onPage(item, async (page) => {
      const violations = await violationsOn(page, item);
      tally.set(`${item.path} ${item.locale} ${item.scheme}`, String(violations.length));
      expect(violations).toEqual([]);
    });
  });

  // The display settings' override uses the same palettes; checked on the richest lesson and home.
  it.for([
    { path: '/', locale: 'zh-CN', scheme: 'light', chosen: 'dark' },
    { path: '/learn/kpis', locale: 'en', scheme: 'light', chosen: 'dark' },
    { path: '/learn/kpis', locale: 'zh-CN', scheme: 'dark', chosen: 'light' },
  ] satisfies Case[])('$path in $locale, $scheme system scheme, $chosen chosen', async (item) => {
    await onPage(item, async (page) => {
      const violations = await violationsOn(page, item);
      tally.set(`${item.path} ${item.locale} ${item.chosen} (chosen over ${item.scheme})`, String(violations.length));
      expect(violations).toEqual([]);
    });
  });
});
