import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';
import { KPI, openRoute } from './routes.ts';

const SCREENSHOTS = 'test-results/screenshots';

const ROUTES = ['/', '/learn/kpis', '/present/overview', '/presenter/overview', '/calculators', `/calculators/${KPI}`, '/progress'];

const VIEWPORTS = [
  { name: 'phone', width: 360, height: 740, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  { name: 'desktop', width: 1280, height: 800, isMobile: false, hasTouch: false, deviceScaleFactor: 1 },
] as const;

/**
 * Everything a finger must hit: buttons, form controls (a radio button or checkbox through the
 * label around it), and links, in the header, cards, tables of contents, quizzes, calculators,
 * slide controls and everywhere else. A link inside running text (a sentence with more words than
 * the link) is exempt, as WCAG 2.5.8 allows.
 */
function measureTargets(min: number): { count: number; small: string[] } {
  const inSentence = (link: Element) => {
    const block = link.closest('p, li, td, th, dd, dt, figcaption, blockquote');
    return block !== null && (block.textContent ?? '').trim().length > (link.textContent ?? '').trim().length;
  };
  const targets = [...document.querySelectorAll<HTMLElement>('button, select, textarea, input:not([type="hidden"]), a[href]')]
    .map((el) => (el.matches('input[type="radio"], input[type="checkbox"]') ? (el.closest('label') ?? el) : el))
    .filter((el) => !(el.matches('a') && inSentence(el)))
    .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
    // Visually hidden controls (a skip link off screen, a file input behind its label) are not hit by a finger.
    .filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 1 && box.height > 1 && box.bottom > -document.documentElement.scrollTop;
    });
  const unique = [...new Set(targets)];
  const small = unique
    .map((el) => ({ el, box: el.getBoundingClientRect() }))
    .filter(({ box }) => box.width < min - 0.5 || box.height < min - 0.5)
    .map(({ el, box }) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} “${(el.textContent ?? '').trim().slice(0, 30)}” ${Math.round(box.width)}×${Math.round(box.height)}`);
  return { count: unique.length, small };
}

const MIN_TARGET = 44;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe.each(VIEWPORTS)('$name, $width × $height', ({ name, width, height, isMobile, hasTouch, deviceScaleFactor }) => {
  it.each(ROUTES)('%s fits the width and has large enough targets', async (path) => {
    const { page, context, errors } = await openPage(browser, { viewport: { width, height }, isMobile, hasTouch, deviceScaleFactor, serviceWorkers: 'block' });
    await openRoute(page, path);
    await page.screenshot({ path: `${SCREENSHOTS}/${name}${path === '/' ? '_home' : path.replace(/\//g, '_')}.png`, fullPage: !path.startsWith('/present') });

    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'page scrolls sideways').toBeLessThanOrEqual(width);

    const { count, small } = await page.evaluate(measureTargets, MIN_TARGET);
    expect(count, 'controls measured').toBeGreaterThanOrEqual(3);
    expect(small, 'targets smaller than 44 × 44 px').toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens the display settings within the width, with large enough options', async () => {
    const { page, context } = await openPage(browser, { viewport: { width, height }, isMobile, hasTouch, deviceScaleFactor, serviceWorkers: 'block' });
    await openRoute(page, '/progress');
    await page.getByRole('button', { name: '显示设置' }).click();
    await page.getByRole('radio', { name: '深色' }).check();
    await page.getByRole('radio', { name: '特大' }).check();
    await page.screenshot({ path: `${SCREENSHOTS}/${name}_display-settings.png`, fullPage: true });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('20.8px');
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'page scrolls sideways').toBeLessThanOrEqual(width);
    const { small } = await page.evaluate(measureTargets, MIN_TARGET);
    expect(small, 'targets smaller than 44 × 44 px').toEqual([]);
    await context.close();
  });
});
