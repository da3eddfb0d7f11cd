import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawTest } from '../../src/quiz/test-draw.ts';
import { launchBrowser, openPage } from './browser.ts';
import { compiledChapter, compiledManifest } from './course-content.ts';
import { openRoute, startInLocale } from './routes.ts';

const OUT = 'test-results/handouts';
const PENDING = '.chart-loading, .calc-placeholder, [aria-busy="true"]';

let browser: Browser;
let scratch: string;
beforeAll(async () => {
  browser = await launchBrowser();
  scratch = mkdtempSync(path.join(tmpdir(), 'handouts-'));
  // The PDFs stay in test-results/handouts/ for a look.
  mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Pages of a PDF as Chromium writes it: one `/Type /Page` dictionary each. */
function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

/** The text of each page, where poppler's pdftotext is installed (CI's machine may not have it). */
function pdfText(pdf: Buffer): string[] | null {
  const file = path.join(scratch, `${Date.now()}.pdf`);
  writeFileSync(file, pdf);
  try {
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
  } catch {
    return null;
  }
}

/** Replaces the print dialog with a note of what was still loading when printing was asked for. */
async function recordPrint(page: Page): Promise<void> {
  await page.addInitScript((pending) => {
    (window as unknown as { printedWith: number | null }).printedWith = null;
    window.print = () => {
      (window as unknown as { printedWith: number | null }).printedWith = document.querySelectorAll(pending).length;
    };
  }, PENDING);
}

async function printedWith(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { printedWith: number | null }).printedWith !== null, undefined, { timeout: 30_000 });
  return page.evaluate(() => (window as unknown as { printedWith: number }).printedWith);
}

describe('printed handouts hold every block and chart', () => {
  it('a chapter handout: whole faces, drawn charts, every slide in the PDF', { timeout: 120_000 }, async () => {
    const { context, page, errors } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
    await recordPrint(page);
    const chapter = compiledChapter('zh-CN', 'kpis');
    await openRoute(page, '/present/kpis?print');
    await page.getByRole('button', { name: '打印讲义' }).click();
    // The button waits until every chart is drawn and every block has loaded.
    expect(await printedWith(page)).toBe(0);

    await page.emulateMedia({ media: 'print' });
    // No face is cut off: everything shown on a canvas lies inside its picture (text alternatives
    // kept for screen readers are not shown).
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.slide-stage-print')].flatMap((stage) => {
        const box = stage.getBoundingClientRect();
        const shown = (el: Element) => el.closest('.visually-hidden') === null && el.getBoundingClientRect().width > 1;
        return [...stage.querySelectorAll('.slide-face *')].filter((el) => shown(el) && el.getBoundingClientRect().bottom > box.bottom + 1).map(() => stage.querySelector('h2')?.textContent ?? '');
      }),
    );
    expect([...new Set(clipped)]).toEqual([]);
    const charts = page.locator('.print-deck .chart');
    expect(await charts.count()).toBeGreaterThan(0);
    expect(await page.locator('.print-deck .chart .chart-canvas .recharts-surface').count()).toBeGreaterThanOrEqual(await charts.count());

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(`${OUT}/handout-kpis.pdf`, pdf);
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(chapter.slides.length / 2);
    const text = pdfText(pdf);
    if (text) {
      const all = text.join('\n').replace(/\s+/g, '');
      for (const slide of chapter.slides) expect(all, slide.title).toContain(slide.title.replace(/\s+/g, ''));
      expect(all).not.toContain('正在加载');
      // Slides run on: no page but the last is left nearly empty.
      const sparse = text.slice(0, -1).filter((page) => page.trim().split('\n').length < 8);
      expect(sparse).toEqual([]);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a printed lesson: charts drawn before printing, runs on, questions as paper forms', { timeout: 120_000 }, async () => {
    const { context, page, errors } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
    await startInLocale(context, 'en');
    await recordPrint(page);
    const chapter = compiledChapter('en', 'kpis');
    await openRoute(page, '/learn/kpis');
    await page.getByRole('button', { name: 'Print this chapter' }).click();
    expect(await printedWith(page)).toBe(0);
    await page.emulateMedia({ media: 'print' });
    const radio = page.locator('.lesson input[type="radio"]').first();
    expect(await radio.evaluate((el) => getComputedStyle(el).appearance)).toBe('none');
    expect(await page.locator('.lesson .chart .recharts-surface').count()).toBeGreaterThanOrEqual(await page.locator('.lesson .chart').count());

    const pdf = await page.pdf({ format: 'A4', printBackground: true, margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
    writeFileSync(`${OUT}/lesson-kpis.pdf`, pdf);
    const text = pdfText(pdf);
    expect(pdfPages(pdf)).toBeGreaterThan(1);
    if (text) {
      const all = text.join('\n').replace(/\s+/g, ' ');
      for (const slide of chapter.slides) expect(all, slide.title).toContain(slide.title.replace(/\s+/g, ' '));
      expect(all).not.toMatch(/Loading chart/i);
      expect(text.slice(0, -1).filter((page) => page.trim().split('\n').length < 8)).toEqual([]);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a certificate prints on one sheet', async () => {
    const manifest = compiledManifest();
    const day = Date.UTC(2026, 10, 20, 9);
    const chapters = Object.fromEntries(
      manifest.chapters.map((entry, index) => {
        const chapter = compiledChapter('en', entry.id);
        const at = day + index * 3_600_000;
        const quizIds = drawTest(chapter.test, 1, manifest.test.questions);
        return [entry.id, { seen: Object.fromEntries(chapter.slides.map((s) => [s.id, at])), attempts: [{ id: `a-${entry.id}`, at, score: 0.9, answers: {}, quizIds, seed: 1 }], completedAt: at }];
      }),
    );
    const record = { state: { profile: { displayName: '李明', employeeId: 'E-1024', team: '华东运营', updatedAt: day }, chapters, lastPosition: null, outbox: [] }, version: 2 };
    const { context, page, errors } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
    await context.addInitScript((value) => localStorage.setItem('courseware:progress', value), JSON.stringify(record));
    await openRoute(page, '/progress/certificate');
    await page.locator('article.certificate').getByText('李明').waitFor();
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(`${OUT}/certificate.pdf`, pdf);
    expect(pdfPages(pdf)).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
