import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';
import { openRoute } from './routes.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface SlideHead {
  id: string;
  title: string;
}

/** The chapter's slides as its source declares them: a level-2 heading with an id starts each one. */
function slidesOf(file: string): SlideHead[] {
  const source = readFileSync(new URL(`../../content/zh-CN/${file}.md`, import.meta.url), 'utf8');
  return [...source.matchAll(/^## (.+?) \{#([\w-]+)\}\s*$/gm)].map(([, title, id]) => ({ id: id!, title: title! }));
}

const slides = slidesOf('01-overview');
const last = slides.length - 1;
const at = (n: number) => slides[n]!;
const withCalculator = slides.findIndex((s) => s.id === 'teaser-case');

/** The slide on show: the address names it and the stage shows its title. */
async function expectSlide(page: Page, view: 'present' | 'presenter', n: number): Promise<void> {
  await page.waitForURL((url) => url.pathname === `/${view}/overview/${at(n).id}`, { timeout: 5_000 });
  const stage = view === 'present' ? '.slide-stage-main:not(.slide-stage-waiting)' : '.presenter-current .slide-stage';
  await page.locator(`${stage} .slide-title`).filter({ hasText: at(n).title }).waitFor({ timeout: 5_000 });
}

/** Both windows of the trainer's presentation show slide `n`. */
async function expectBoth(audience: Page, presenter: Page, n: number): Promise<void> {
  await expectSlide(audience, 'present', n);
  await expectSlide(presenter, 'presenter', n);
}

describe('trainer presents a chapter', () => {
  it('keeps slide mode and the presenter view of one browser in step, and no other trainee', async () => {
    expect(withCalculator).toBeGreaterThan(0);
    const { context, page: presenter, errors } = await openPage(browser);
    const audience = await context.newPage();
    audience.on('pageerror', (error) => errors.push(error.message));
    audience.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const other = await openPage(browser);

    await openRoute(presenter, '/presenter/overview');
    await openRoute(audience, '/present/overview');
    await openRoute(other.page, '/present/overview');
    await expectBoth(audience, presenter, 0);

    // Slide mode's own keys, the presenter view following.
    for (const [key, n] of [['ArrowRight', 1], ['Space', 2], ['PageDown', 3], ['ArrowLeft', 2], ['End', last], ['Home', 0]] as const) {
      await audience.keyboard.press(key);
      await expectBoth(audience, presenter, n);
    }

    // The presenter drives the audience screen.
    for (const [key, n] of [['ArrowRight', 1], ['PageDown', 2], ['End', last], ['ArrowLeft', last - 1], ['Home', 0]] as const) {
      await presenter.keyboard.press(key);
      await expectBoth(audience, presenter, n);
    }

    // The controls stay out of the way until the pointer moves; a click on one moves the presenter view.
    expect(await audience.locator('.present-controls').getAttribute('data-idle')).toBe('');
    await audience.mouse.move(200, 200);
    await audience.mouse.move(220, 210);
    await audience.locator('.present-controls:not([data-idle])').waitFor();
    await audience.getByRole('button', { name: '下一页' }).click();
    await expectBoth(audience, presenter, 1);

    // The overview: O opens it, a thumbnail jumps there.
    await audience.keyboard.press('o');
    const overview = audience.getByRole('dialog', { name: '全部幻灯片' });
    await overview.waitFor();
    await overview.getByRole('button', { name: `第 ${withCalculator + 1} 页：${at(withCalculator).title}` }).click();
    await overview.waitFor({ state: 'detached' });
    await expectBoth(audience, presenter, withCalculator);

    // Typed in the presenter's calculator, shown on the audience screen.
    const typed = presenter.locator('.presenter-current').getByLabel('变化后的值');
    const shown = audience.getByLabel('变化后的值');
    await shown.waitFor();
    await typed.fill('12');
    await expect.poll(() => shown.inputValue(), { timeout: 5_000 }).toBe('12');
    await expect.poll(() => audience.getByRole('status', { name: '计算结果' }).textContent(), { timeout: 5_000 }).toContain('75');

    // Another trainee's browser never moved.
    expect(new URL(other.page.url()).pathname).toBe(`/present/overview/${at(0).id}`);
    await other.page.locator('.slide-stage-main:not(.slide-stage-waiting) .slide-title').filter({ hasText: at(0).title }).waitFor();

    expect(errors).toEqual([]);
    expect(other.errors).toEqual([]);
    await other.context.close();
    await context.close();
  });
});
