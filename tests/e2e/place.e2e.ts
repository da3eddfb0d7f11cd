import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';
import { openRoute, settle } from './routes.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The slide section at the top of the window and how far down it the top edge is (share of its height). */
function placeOnScreen(page: Page): Promise<{ slideId: string; offset: number } | null> {
  return page.evaluate(() => {
    const line = 16;
    for (const section of document.querySelectorAll<HTMLElement>('section.lesson-slide')) {
      const rect = section.getBoundingClientRect();
      if (rect.bottom > line) return { slideId: section.dataset.slideId ?? '', offset: (line - rect.top) / rect.height };
    }
    return null;
  });
}

/** Waits until the page stops moving (the lesson holds a restored place while late content arrives). */
async function stillPlace(page: Page): Promise<{ slideId: string; offset: number }> {
  let last = '';
  for (let i = 0; i < 40; i++) {
    const place = await placeOnScreen(page);
    const key = JSON.stringify(place);
    if (key === last && place !== null) return place;
    last = key;
    await page.waitForTimeout(250);
  }
  throw new Error(`the lesson never came to rest: ${last}`);
}

describe('the reader keeps its place', () => {
  it('names the slide in the address as the reader scrolls; reload and a language switch return to the same line', async () => {
    const { context, page, errors } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
    await openRoute(page, '/learn/kpis');
    const sections = page.locator('section.lesson-slide');
    const fifth = sections.nth(4);
    const slideId = (await fifth.getAttribute('data-slide-id'))!;

    // Scroll by wheel, as a reader does, until the top edge is 40% into the fifth slide.
    const box = await fifth.evaluate((el) => {
      const rect = el.getBoundingClientRect();
      return { top: rect.top + window.scrollY, height: rect.height };
    });
    await page.mouse.move(700, 400);
    await page.mouse.wheel(0, box.top + 0.4 * box.height - 16);
    await page.waitForURL(`**/learn/kpis/${slideId}`);
    const before = await stillPlace(page);
    expect(before.slideId).toBe(slideId);
    expect(before.offset).toBeGreaterThan(0.3);
    expect(await page.title()).toContain('关键运营指标');
    const slideTitle = (await fifth.locator('h2').textContent())!;
    expect(await page.title()).toBe(`${slideTitle} · 关键运营指标 · 商业运营人员培训`);
    await expect.poll(() => page.getByRole('navigation', { name: '本章目录' }).locator('[aria-current="location"]').textContent()).toBe(slideTitle);

    await page.reload();
    await settle(page);
    const reloaded = await stillPlace(page);
    expect(reloaded.slideId).toBe(slideId);
    expect(Math.abs(reloaded.offset - before.offset)).toBeLessThan(0.02);

    // A language switch keeps the slide and the share of it, and focus stays on the switch.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Key Operating Metrics' }).waitFor();
    await settle(page);
    const switched = await stillPlace(page);
    expect(switched.slideId).toBe(slideId);
    expect(Math.abs(switched.offset - before.offset)).toBeLessThan(0.05);
    expect(page.url()).toContain(`/learn/kpis/${slideId}`);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('English');

    // Back above the first slide, the address names the chapter alone.
    await page.mouse.wheel(0, -100_000);
    await page.waitForURL('**/learn/kpis');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lands on a linked slide’s heading without an error-red ring, and keeps table row names whole on a phone', async () => {
    const { context, page, errors } = await openPage(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await openRoute(page, '/learn/kpis');
    const first = page.locator('section.lesson-slide').first();
    const slideId = (await first.getAttribute('data-slide-id'))!;
    await openRoute(page, `/learn/kpis/${slideId}`);
    await page.waitForFunction(() => document.activeElement?.tagName === 'H2');
    // Focus lands there for reading on, not as a control: no outline (the focus colour is red).
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('none');

    // A table's first column names its rows: a two-character term such as 口径 stays on one line.
    const cell = page.locator('.lesson-slide table tbody tr').first().locator(':scope > :first-child');
    const { width, lines, fontSize } = await cell.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
      return { width: el.getBoundingClientRect().width, lines: tops.size, fontSize: parseFloat(getComputedStyle(el).fontSize) };
    });
    expect(width).toBeGreaterThanOrEqual(4 * fontSize);
    expect(lines).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
    await context.close();
  });
});
