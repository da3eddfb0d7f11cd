import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('trainee reads a chapter', () => {
  it('opens the home page, follows a chapter link, sees its slides, switches language', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('商业运营人员培训');
    const cards = page.getByRole('progressbar');
    expect(await cards.count()).toBe(10);
    expect(await cards.first().getAttribute('aria-label')).toContain('运营概述');

    await page.getByRole('link', { name: '运营概述' }).first().click();
    await page.waitForURL('**/learn/overview');
    await page.getByRole('heading', { level: 1, name: '运营概述' }).waitFor();
    const sections = page.locator('section.lesson-slide');
    // The first slides paint with the heading; the rest follow over the next frames.
    const tocLinks = await page.getByRole('navigation', { name: '本章目录' }).getByRole('link').count();
    await expect.poll(() => sections.count()).toBe(tocLinks);
    expect(tocLinks).toBeGreaterThanOrEqual(10);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: /Operations Overview|Overview/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    await page.reload();
    await page.getByRole('navigation', { name: 'In this chapter' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('deep-links to a slide and shows a helpful page for unknown ids', async () => {
    const { page, context } = await openPage(browser);
    await page.goto('/learn/kpis');
    const secondLink = page.getByRole('navigation', { name: '本章目录' }).getByRole('link').nth(1);
    const href = await secondLink.getAttribute('href');
    await page.goto(href!);
    const slideId = href!.split('/').pop()!;
    await page.waitForFunction((id) => document.activeElement?.closest('section')?.id === `slide-${id}`, slideId);

    await page.goto('/learn/kpis/no-such-slide');
    await page.getByRole('heading', { name: '没有找到这个页面' }).waitFor();
    await page.getByRole('link', { name: '从本章开头阅读' }).waitFor();

    await page.goto('/learn/no-such-chapter');
    await page.getByText('课程中没有 ID 为“no-such-chapter”的章节。').waitFor();
    await context.close();
  });
});
