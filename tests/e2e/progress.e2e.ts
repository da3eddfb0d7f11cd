import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileContentDir } from '../../src/content/files/read-content.ts';
import { drawTest } from '../../src/quiz/test-draw.ts';
import { launchBrowser, openPage } from './browser.ts';
import { readSection, savedSeen } from './chapter-test.ts';
import { compiledChapter } from './course-content.ts';
import { openRoute, startInLocale } from './routes.ts';

const STORAGE_KEY = 'courseware:progress';
const SCREENSHOTS = 'test-results/screenshots';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Scrolls the lesson's `index`-th slide to the top, moves the page clock on by its reading time
 * (the clock was installed before the page opened) and waits until the store has saved it as seen.
 */
async function readSlide(page: Page, chapterId: string, index: number): Promise<string> {
  const section = page.locator('section.lesson-slide').nth(index);
  const slideId = (await section.getAttribute('data-slide-id'))!;
  const slide = compiledChapter('en', chapterId).slides.find((s) => s.id === slideId)!;
  await readSection(page.clock, section, slide.readingMs, async () => (await savedSeen(page, chapterId)).includes(slideId));
  return slideId;
}

describe('progress survives the browser', () => {
  it('reads half a chapter, closes the tab, continues exactly there in another tab', async () => {
    const { context, page, errors } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
    await startInLocale(context, 'en');
    await context.clock.install();
    await openRoute(page, '/learn/overview');
    const total = await page.locator('section.lesson-slide').count();
    const read: string[] = [];
    for (let index = 0; index < Math.ceil(total / 2); index++) read.push(await readSlide(page, 'overview', index));
    const last = read.at(-1)!;
    await page.close();

    // Another tab of the same browser, started fresh from the home page.
    const tab = await context.newPage();
    await openRoute(tab, '/');
    const bar = tab.getByRole('progressbar').first();
    const percent = Number(await bar.getAttribute('aria-valuenow'));
    expect(percent).toBe(Math.floor((read.length * 100) / total));
    await tab.getByRole('link', { name: /^Continue: / }).click();
    await tab.waitForURL(`**/learn/overview/${last}`);
    await tab.waitForFunction((id) => document.activeElement?.closest('section')?.dataset.slideId === id, last);
    expect(await savedSeen(tab, 'overview')).toEqual(expect.arrayContaining(read));

    // The progress page counts the same slides, on a desktop and on a phone.
    await openRoute(tab, '/progress');
    await tab.getByText(`${read.length} / ${total}`).first().waitFor();
    await tab.screenshot({ path: `${SCREENSHOTS}/progress_desktop.png`, fullPage: true });
    await tab.setViewportSize({ width: 360, height: 740 });
    expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await tab.screenshot({ path: `${SCREENSHOTS}/progress_phone.png`, fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps unreadable saved progress as a backup, says so, and records afresh', async () => {
    const { context, page } = await openPage(browser);
    await startInLocale(context, 'en');
    await context.clock.install();
    await openRoute(page, '/learn/kpis');
    await readSlide(page, 'kpis', 0);

    const broken = '{"state": {"chapters": truncated';
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, broken] as const);
    await page.reload();
    await page.locator('h1').first().waitFor();
    const alert = page.getByRole('alert').filter({ hasText: 'Your saved progress could not be read' });
    await alert.waitFor();
    const backupKey = /\((courseware:progress:backup:[^)]+)\)/.exec((await alert.textContent()) ?? '')?.[1];
    expect(backupKey).toBeDefined();
    expect(await page.evaluate((key) => localStorage.getItem(key), backupKey!)).toBe(broken);

    // The app still works: reading goes on being recorded, and the backup is left alone.
    const slideId = await readSlide(page, 'kpis', 1);
    expect(await savedSeen(page, 'kpis')).toEqual([slideId]);
    expect(await page.evaluate((key) => localStorage.getItem(key), backupKey!)).toBe(broken);
    await context.close();
  });

  it('shows a finished certificate for a completed course, self-reported without a server, on a phone and on a desktop', async () => {
    const compiled = compileContentDir(new URL('../../content', import.meta.url).pathname);
    const day = Date.UTC(2026, 10, 20, 9);
    const chapters = Object.fromEntries(
      [...compiled.chapters.entries()]
        .filter(([key]) => key.startsWith('en/'))
        .map(([, chapter], index) => {
          const quizIds = drawTest(chapter.test, 1, compiled.manifest!.test.questions);
          const at = day + index * 3_600_000;
          return [
            chapter.id,
            {
              seen: Object.fromEntries(chapter.slides.map((slide) => [slide.id, at])),
              attempts: [{ id: `attempt-${chapter.id}`, at, score: 0.9, answers: {}, quizIds, seed: 1 }],
              completedAt: at,
            },
          ];
        }),
    );
    const record = {
      state: {
        profile: { displayName: '李明', employeeId: 'E-1024', team: '华东运营', updatedAt: day },
        chapters,
        lastPosition: null,
        outbox: [],
      },
      version: 2,
    };
    const { context, page, errors } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
    await startInLocale(context, 'en');
    await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, JSON.stringify(record)] as const);
    await openRoute(page, '/progress/certificate');
    const certificate = page.locator('article.certificate');
    await certificate.getByText('李明').waitFor();
    // No server stands behind this browser's record: the certificate says so and has no code to check.
    await certificate.getByText(/not checked by a server \(self-reported\)\.$/).waitFor();
    expect(await certificate.locator('.certificate-code').count()).toBe(0);
    expect(await certificate.locator('.certificate-scores tbody tr').count()).toBe(10);
    await page.screenshot({ path: `${SCREENSHOTS}/certificate_desktop.png`, fullPage: true });
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: `${SCREENSHOTS}/certificate_phone.png`, fullPage: true });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header').first().isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});
