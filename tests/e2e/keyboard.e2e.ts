import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';
import { settle } from './routes.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Focus {
  /** A short description of the focused element, for failure messages. */
  what: string;
  /** It has an outline or a box shadow, so a sighted keyboard user can see where they are. */
  visible: boolean;
  tag: string;
  type: string | null;
  href: string | null;
  /** Classes of the nearest quiz, calculator and table-of-contents ancestors it is inside. */
  inside: string[];
}

function readFocus(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { what: 'body', visible: false, tag: 'body', type: null, href: null, inside: [] };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const inside = ['.quiz', '.calculator', '.toc', '.site-header', '.chapter-card'].filter((selector) => el.closest(selector));
    const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
    return {
      what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} “${label}”`,
      visible: outline || shadow,
      tag: el.tagName.toLowerCase(),
      type: el.getAttribute('type'),
      href: el.getAttribute('href'),
      inside,
    };
  });
}

/** Checks that the focused element shows it has focus, and returns it. */
async function expectVisibleFocus(page: Page): Promise<Focus> {
  const focus = await readFocus(page);
  expect(focus.visible, `focus is not visible on ${focus.what}`).toBe(true);
  return focus;
}

/** Presses Tab until `wanted` holds for the focused element, checking focus is visible at every stop. */
async function tabUntil(page: Page, wanted: (focus: Focus) => boolean, max = 400): Promise<Focus> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focus = await expectVisibleFocus(page);
    if (wanted(focus)) return focus;
  }
  throw new Error(`no wanted element within ${max} presses of Tab`);
}

describe('keyboard only', () => {
  it('opens a chapter, reads via the table of contents, uses a calculator and answers a quiz', async () => {
    const { page, context, errors } = await openPage(browser, { serviceWorkers: 'block' });
    await page.goto('/');
    await settle(page);

    // The skip link comes first and shows itself.
    const skip = await tabUntil(page, () => true, 1);
    expect(skip.href).toBe('#main');

    // On to the third chapter's card (it has calculators and quizzes), and in.
    await tabUntil(page, (f) => f.href === '/learn/kpis');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/learn/kpis');
    // Client-side navigation: wait for the lesson itself, not just any page.
    await page.locator('nav.toc').waitFor();
    await settle(page);

    // Through the table of contents to the second slide.
    await tabUntil(page, (f) => f.inside.includes('.toc'));
    const second = await tabUntil(page, (f) => f.inside.includes('.toc'), 1);
    expect(second.href).toMatch(/^\/learn\/kpis\/.+/);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${second.href}`);
    const slideId = second.href!.split('/').pop()!;
    await page.waitForFunction((id) => document.activeElement?.closest('section')?.id === `slide-${id}`, slideId);

    // A calculator: retype a field's value and see the result follow.
    const field = await tabUntil(page, (f) => f.inside.includes('.calculator') && f.tag === 'input' && f.type !== 'checkbox');
    const result = page.locator('.calculator', { has: page.locator(':focus') }).locator('output');
    const before = await result.textContent();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('7');
    await expectVisibleFocus(page);
    await expect.poll(() => result.textContent(), { message: `result after typing into ${field.what}` }).not.toBe(before);

    // A single-choice quiz: pick an answer with Space, submit with Enter, hear the verdict.
    await tabUntil(page, (f) => f.inside.includes('.quiz') && f.type === 'radio');
    await page.keyboard.press('Space');
    await expectVisibleFocus(page);
    const quiz = page.locator('section.quiz', { has: page.locator(':focus') });
    expect(await quiz.locator('input[type="radio"]:checked').count()).toBe(1);
    const submit = await tabUntil(page, (f) => f.inside.includes('.quiz') && f.tag === 'button' && f.type === 'submit');
    expect(submit.what).toContain('quiz-primary');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await quiz.locator('.quiz-outcome').textContent())?.trim() ?? '').not.toBe('');
    // Focus moves to "try again", still visibly.
    const after = await expectVisibleFocus(page);
    expect(after.tag).toBe('button');

    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens and closes the display settings and picks a scheme without a mouse', async () => {
    const { page, context } = await openPage(browser, { serviceWorkers: 'block' });
    await page.goto('/');
    await settle(page);
    const toggle = await tabUntil(page, (f) => f.what.includes('display-toggle'), 20);
    expect(toggle.tag).toBe('button');
    await page.keyboard.press('Enter');
    await tabUntil(page, (f) => f.type === 'radio', 1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expectVisibleFocus(page);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.keyboard.press('Escape');
    expect((await expectVisibleFocus(page)).what).toContain('display-toggle');
    expect(await page.locator('.display-panel').isHidden()).toBe(true);
    await context.close();
  });
});
