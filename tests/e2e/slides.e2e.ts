import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { faceTextAmount } from '../../src/content/face-budget.ts';
import { LOCALES, SLIDE_CANVAS, type Chapter, type Locale } from '../../src/content/types.ts';
import { launchBrowser, openPage } from './browser.ts';
import { compiledChapter } from './course-content.ts';
import { CHAPTERS, openRoute, startInLocale } from './routes.ts';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;
/** Body text on the canvas at a 1280-wide window, and in proportion on larger ones. */
const MIN_TEXT_AT_1280 = 24;
const SHOTS = 'test-results/slides';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

interface FaceCheck {
  /** Content outside the canvas (px beyond its edge), or elements that scroll. */
  overflow: string[];
  scrolls: string[];
  /** Text smaller on screen than the minimum, as "selector: size". */
  small: string[];
  /** Whether the controls are visible over the canvas. */
  controlsCover: boolean;
}

/** Measures the slide on show: what leaves the canvas, what scrolls, the smallest text, the controls. */
async function checkShownFace(page: Page, minText: number): Promise<FaceCheck> {
  return page.evaluate(
    ({ minText, canvasWidth }) => {
      const stage = document.querySelector<HTMLElement>('.slide-stage-main:not(.slide-stage-waiting)')!;
      const canvas = stage.querySelector<HTMLElement>('.slide-canvas')!;
      const box = canvas.getBoundingClientRect();
      const scale = box.width / canvasWidth;
      // Out of sight on purpose: visually hidden text for screen readers, clipped controls.
      const hidden = (el: Element) =>
        el.closest('.visually-hidden, [aria-hidden="true"]:not(svg)') !== null || (el instanceof HTMLElement && getComputedStyle(el).clipPath !== 'none');
      const overflow: string[] = [];
      const small: string[] = [];
      const viewport = document.querySelector<HTMLElement>('.present-viewport')!;
      const expected = Math.min(viewport.clientWidth / canvasWidth, viewport.clientHeight / ((canvasWidth * 9) / 16));
      if (Math.abs(scale - expected) > 0.01) {
        overflow.push(`canvas at scale ${scale.toFixed(3)}, not ${expected.toFixed(3)} (viewport ${viewport.clientWidth}×${viewport.clientHeight})`);
      }
      for (const el of canvas.querySelectorAll<HTMLElement | SVGElement>('*')) {
        if (hidden(el) && !(el instanceof SVGElement)) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        const out = Math.max(r.bottom - box.bottom, r.right - box.right, box.left - r.left, box.top - r.top);
        if (out > 1) overflow.push(`${el.tagName.toLowerCase()}.${String(el.getAttribute('class') ?? '')} by ${Math.round(out)} px`);
        const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
        const textInput = el instanceof HTMLInputElement && el.type === 'text';
        if (!ownText && !textInput) continue;
        let size: number;
        if (el instanceof SVGElement) {
          // SVG text: its font size, times the viewBox's scale, times the canvas's.
          const svg = el.ownerSVGElement ?? (el as SVGSVGElement);
          const view = svg.viewBox.baseVal;
          const layoutWidth = svg.clientWidth || svg.getBoundingClientRect().width;
          const viewScale = view && view.width > 0 ? layoutWidth / view.width : 1;
          size = parseFloat(getComputedStyle(el).fontSize) * viewScale * (svg.getBoundingClientRect().width / layoutWidth);
        } else {
          size = parseFloat(getComputedStyle(el).fontSize) * scale;
        }
        if (size < minText - 0.05) small.push(`${el.tagName.toLowerCase()}.${String(el.getAttribute('class') ?? '')} "${el.textContent!.trim().slice(0, 12)}": ${size.toFixed(1)} px`);
      }
      const scrolls = [...document.querySelectorAll<HTMLElement>('.present *')]
        .filter((el) => !hidden(el) && el.scrollHeight > el.clientHeight + 1 && /auto|scroll/.test(getComputedStyle(el).overflowY))
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
      if (document.scrollingElement!.scrollHeight > window.innerHeight + 1) scrolls.push('page');
      const controls = document.querySelector<HTMLElement>('.present-controls')!;
      const c = controls.getBoundingClientRect();
      const intersects = c.left < box.right && c.right > box.left && c.top < box.bottom && c.bottom > box.top;
      const controlsCover = intersects && getComputedStyle(controls).opacity !== '0';
      return { overflow, scrolls, small, controlsCover };
    },
    { minText, canvasWidth: SLIDE_CANVAS.width },
  );
}

async function showSlide(page: Page, chapter: Chapter, index: number): Promise<void> {
  const slide = chapter.slides[index]!;
  await page.waitForURL((url) => url.pathname === `/present/${chapter.id}/${slide.id}`, { timeout: 5_000 });
  await page.locator(`.slide-stage-main:not(.slide-stage-waiting) .slide-canvas[data-slide-id="${slide.id}"]`).waitFor({ timeout: 5_000 });
  // Lazily loaded blocks (calculators, charts) are in place before anything is measured.
  await page.waitForFunction(
    () => document.querySelector('.slide-stage-main:not(.slide-stage-waiting) .calc-placeholder, .slide-stage-main:not(.slide-stage-waiting) .chart-placeholder') === null,
    undefined,
    { timeout: 10_000 },
  );
}

describe('every slide face fits the projector canvas', () => {
  for (const locale of LOCALES) {
    for (const size of SIZES) {
      it(`${locale} at ${size.width}×${size.height}: no slide overflows, scrolls, shrinks or sits under the controls`, async () => {
        // Without motion, a screenshot never catches a slide halfway through its fade.
        const { context, page, errors } = await openPage(browser, { viewport: size, reducedMotion: 'reduce' });
        await startInLocale(context, locale);
        const minText = (MIN_TEXT_AT_1280 * size.width) / 1280;
        const problems: string[] = [];
        for (const id of CHAPTERS) {
          const chapter = compiledChapter(locale, id);
          await openRoute(page, `/present/${id}`);
          for (let index = 0; index < chapter.slides.length; index++) {
            if (index > 0) await page.keyboard.press('ArrowRight');
            await showSlide(page, chapter, index);
            const check = await checkShownFace(page, minText);
            const where = `${id}/${chapter.slides[index]!.id}`;
            for (const o of check.overflow) problems.push(`${where}: overflows: ${o}`);
            for (const s of check.scrolls) problems.push(`${where}: scrolls: ${s}`);
            for (const s of check.small) problems.push(`${where}: small text: ${s}`);
            if (check.controlsCover) problems.push(`${where}: controls cover the canvas`);
          }
          // The densest face of the chapter, kept as a picture to look at.
          const densest = chapter.slides.reduce((a, b) => (faceTextAmount(b, locale) > faceTextAmount(a, locale) ? b : a));
          await openRoute(page, `/present/${id}/${densest.id}`);
          await showSlide(page, chapter, chapter.slides.indexOf(densest));
          await page.screenshot({ path: `${SHOTS}/${locale}-${size.width}-${id}-${densest.id}.png` });
        }
        expect(problems).toEqual([]);
        expect(errors).toEqual([]);
        await context.close();
      }, 240_000);
    }
  }
});

describe('diagrams', () => {
  it('every kind renders on a face, with a text alternative and no axe violation, in light, dark and print', async () => {
    const { context, page, errors } = await openPage(browser, { viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    const kinds = new Map<string, { chapter: string; slide: string }>();
    for (const id of CHAPTERS) {
      for (const slide of compiledChapter('zh-CN', id).slides) {
        for (const block of slide.face) if (block.type === 'diagram' && !kinds.has(block.kind)) kinds.set(block.kind, { chapter: id, slide: slide.id });
      }
    }
    expect([...kinds.keys()].sort()).toEqual(['cycle', 'flow', 'funnel', 'hierarchy', 'matrix', 'timeline']);
    for (const [kind, at] of kinds) {
      await openRoute(page, `/present/${at.chapter}/${at.slide}`);
      const figure = page.locator(`.slide-stage-main:not(.slide-stage-waiting) figure[data-diagram="${kind}"]`);
      await figure.waitFor();
      // The drawing is hidden from screen readers; its structure is there as text.
      expect(await figure.locator('svg').getAttribute('aria-hidden')).toBe('true');
      expect((await figure.locator('.visually-hidden').last().textContent())?.length).toBeGreaterThan(10);
      const axe = await new AxeBuilder({ page }).include('.slide-stage-main:not(.slide-stage-waiting)').analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/diagram-${kind}-light.png` });
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.screenshot({ path: `${SHOTS}/diagram-${kind}-dark.png` });
      // In the dark scheme the boxes take the dark palette: the drawing follows the theme.
      const fill = await figure.locator('.dg-node, .dg-node-accent').first().evaluate((el) => getComputedStyle(el).fill);
      expect(fill).not.toBe('rgb(234, 240, 251)');
      await page.emulateMedia({ colorScheme: 'light' });
    }
    // The handout prints faces and diagrams whole, black on white.
    const first = [...kinds.values()][0]!;
    await openRoute(page, `/present/${first.chapter}?print`);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${SHOTS}/handout-${first.chapter}-print.png`, fullPage: true });
    expect(await page.locator('.print-page figure[data-diagram]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});

describe('projection forms', () => {
  it('a face quiz reveals its answer on A in slide mode; D opens the reading depth', async () => {
    const { context, page, errors } = await openPage(browser, { viewport: { width: 1280, height: 720 } });
    const target = findFace('zh-CN', (slide) => slide.face.some((b) => b.type === 'quiz' && b.kind === 'single'));
    await openRoute(page, `/present/${target.chapter.id}/${target.slide.id}`);
    const stage = page.locator('.slide-stage-main:not(.slide-stage-waiting)');
    await stage.locator('.quiz-face').waitFor();
    expect(await stage.locator('.quiz-face-correct').count()).toBe(0);
    await page.keyboard.press('a');
    await stage.locator('.quiz-face-correct').first().waitFor({ timeout: 5_000 });
    await page.keyboard.press('a');
    await expect.poll(() => stage.locator('.quiz-face-correct').count()).toBe(0);
    if (target.slide.depth.length > 0) {
      await page.keyboard.press('d');
      const dialog = page.getByRole('dialog', { name: `展开阅读：${target.slide.title}` });
      await dialog.waitFor();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

function findFace(locale: Locale, test: (slide: Chapter['slides'][number]) => boolean) {
  for (const id of CHAPTERS) {
    const chapter = compiledChapter(locale, id);
    const slide = chapter.slides.find(test);
    if (slide) return { chapter, slide };
  }
  throw new Error('No slide face matches');
}
