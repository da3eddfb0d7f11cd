import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Chapter, QuizBlock } from '../../src/content/types.ts';
import { compileContentDir } from '../../src/content/vite/read-content.ts';
import { hastText } from '../../src/features/quiz/hast-text.ts';
import { PROGRESS_STORAGE_KEY } from '../../src/progress/progress-data.ts';
import { baseUrl, launchBrowser, openPage } from './browser.ts';
import { useLocale } from './routes.ts';

/** The chapter the learner reads and is tested on: the first one. */
const CHAPTER_ID = 'overview';
/** A slide counts as seen after a second mostly in view. */
const DWELL_MS = 1_200;

let browser: Browser;
let chapter: Chapter;

beforeAll(async () => {
  browser = await launchBrowser();
  const compiled = compileContentDir(new URL('../../content', import.meta.url).pathname);
  chapter = compiled.chapters.get(`en/${CHAPTER_ID}`)!;
});

afterAll(async () => {
  await browser?.close();
});

/** WCAG 2.0–2.2 A and AA, as in the accessibility suite. */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(WCAG).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Answers one question of the chapter test correctly, through its controls, as a learner would. */
async function answerRightly(page: Page, group: Locator, quiz: QuizBlock): Promise<void> {
  switch (quiz.kind) {
    case 'single':
    case 'multiple': {
      const role = quiz.kind === 'single' ? 'radio' : 'checkbox';
      for (const option of quiz.options.filter((o) => o.correct)) await group.getByRole(role, { name: hastText(option.content), exact: true }).check();
      return;
    }
    case 'truefalse':
      await group.getByRole('radio', { name: quiz.answer ? 'True' : 'False', exact: true }).check();
      return;
    case 'numeric':
      await group.getByRole('textbox').fill(`${quiz.answer}${quiz.unit ?? ''}`);
      return;
    case 'order':
      for (const [position, item] of quiz.items.entries()) {
        const text = hastText(item.content);
        const shown = await group.locator('.quiz-order-text').allTextContents();
        for (let step = shown.indexOf(text); step > position; step--) {
          await group.getByRole('button', { name: `Move “${text}” up`, exact: true }).click();
        }
      }
      await expect(group.locator('.quiz-order-text').allTextContents()).resolves.toEqual(quiz.items.map((item) => hastText(item.content)));
  }
}

/** Scrolls through every section of the lesson, pausing on each long enough for it to count as read. */
async function readToTheEnd(page: Page): Promise<void> {
  await page.locator('.lesson-slides:not([aria-busy])').waitFor();
  const sections = page.locator('section.lesson-slide');
  const count = await sections.count();
  expect(count).toBe(chapter.slides.length);
  for (let i = 0; i < count; i++) {
    await sections.nth(i).evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(DWELL_MS);
  }
}

async function takeTheTest(page: Page): Promise<void> {
  const test = page.locator('#chapter-test');
  await test.scrollIntoViewIfNeeded();
  const quizzes = chapter.test;
  const groups = test.getByRole('group', { name: /^Question \d+ of \d+/ });
  expect(await groups.count()).toBe(quizzes.length);
  for (const [index, quiz] of quizzes.entries()) await answerRightly(page, groups.nth(index), quiz);
  await test.getByRole('button', { name: 'Submit test' }).click();
  await test.getByText('Passed (pass mark 80%).', { exact: true }).waitFor();
}

describe('manager and learner, against the course server', () => {
  it('a manager creates a cohort, a learner joins and completes a chapter, the matrix shows it', { timeout: 240_000 }, async () => {
    const manager = inject('manager');

    // The manager signs in and creates a cohort.
    const desk = await openPage(browser, { serviceWorkers: 'block' });
    await useLocale(desk.context, 'en');
    await desk.page.goto('/manage');
    await desk.page.getByLabel('E-mail address').fill(manager.email);
    await desk.page.getByLabel('Password').fill(manager.password);
    await desk.page.getByRole('button', { name: 'Sign in' }).click();
    await desk.page.getByText(`Signed in as ${manager.name}`).waitFor();
    const create = desk.page.getByRole('region', { name: 'Create a cohort' });
    await create.getByLabel('Name').fill('Operations onboarding');
    await create.getByLabel('Due date (optional)').fill('2030-06-30');
    await create.getByRole('button', { name: 'Create the cohort' }).click();
    const code = (await create.locator('.manage-code').textContent())!.trim();
    expect(code).toMatch(/^[A-Z0-9]{8}$/);
    await expect(create.locator('.manage-link-text').textContent()).resolves.toBe(`${baseUrl()}/join/${code}`);

    await desk.page.getByRole('link', { name: 'Operations onboarding' }).click();
    await desk.page.getByText(/Nobody has joined this cohort yet/).waitFor();

    // A learner, in a browser of their own, joins with the code and studies the first chapter.
    const learner = await openPage(browser);
    await useLocale(learner.context, 'en');
    await learner.page.goto(`/join/${code}`);
    await learner.page.getByLabel('Your name').waitFor();
    await expect(axeViolations(learner.page)).resolves.toEqual([]);
    await learner.page.getByLabel('Your name').fill('Li Lei');
    await learner.page.getByLabel('Employee ID (optional)').fill('E2E-001');
    await learner.page.getByRole('button', { name: 'Join the cohort' }).click();
    await learner.page.getByRole('heading', { name: 'You have joined “Operations onboarding”' }).waitFor();
    await learner.page.getByText(/Complete every chapter by/).waitFor();
    await expect(axeViolations(learner.page)).resolves.toEqual([]);
    await learner.page.getByRole('link', { name: 'Start the course' }).click();
    await learner.page.waitForURL(`**/learn/${CHAPTER_ID}`);
    await learner.page.locator('section.lesson-slide').first().waitFor();

    // Once the course is installed for offline use, the network drops while they study:
    // the lesson and its test keep working and everything waits in the outbox.
    await learner.page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 45_000 });
    await learner.context.setOffline(true);
    await readToTheEnd(learner.page);
    await takeTheTest(learner.page);
    await learner.page.getByText('Chapter complete.').waitFor();
    const waiting = await learner.page.evaluate((key) => {
      const saved = JSON.parse(localStorage.getItem(key) ?? 'null') as { state?: { outbox?: Array<{ acked: boolean; type: string }> } } | null;
      return (saved?.state?.outbox ?? []).filter((event) => !event.acked).map((event) => event.type);
    }, PROGRESS_STORAGE_KEY);
    expect(waiting).toContain('chapter_completed');
    expect(waiting.filter((type) => type === 'slide_seen')).toHaveLength(chapter.slides.length);
    await learner.context.setOffline(false);

    // Back online, the outbox drains to the server.
    await learner.page.waitForFunction(
      (key) => {
        const saved = JSON.parse(localStorage.getItem(key) ?? 'null') as { state?: { outbox?: Array<{ acked: boolean; type: string }> } } | null;
        const outbox = saved?.state?.outbox ?? [];
        return outbox.some((event) => event.type === 'chapter_completed') && outbox.every((event) => event.acked);
      },
      PROGRESS_STORAGE_KEY,
      { timeout: 30_000 },
    );

    // The manager's matrix shows the learner with the chapter completed and the score.
    await desk.page.getByRole('button', { name: 'Refresh now' }).click();
    const row = desk.page.getByRole('row', { name: /Li Lei/ });
    await row.waitFor();
    const cells = row.getByRole('cell');
    await expect(cells.nth(0).textContent()).resolves.toBe('E2E-001');
    await expect(cells.nth(2).textContent()).resolves.toBe('In progress');
    // The row may show an earlier poll until the refresh lands.
    await expect.poll(() => cells.nth(5).textContent(), { timeout: 15_000 }).toMatch(/Seen 100%Best 100%Completed /);
    await expect(cells.nth(6).textContent()).resolves.toBe('—Not started');
    await expect(axeViolations(desk.page)).resolves.toEqual([]);

    // At 360 px the page keeps its width; the matrix scrolls sideways in its own container.
    await desk.page.setViewportSize({ width: 360, height: 740 });
    // Charts follow the new width a frame or two later (ResizeObserver).
    await expect.poll(() => desk.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), { timeout: 5_000 }).toBe(true);
    const region = desk.page.getByRole('region', { name: /^Progress by learner and chapter/ });
    expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    await desk.page.setViewportSize({ width: 1280, height: 720 });

    // And the learner's details list the attempt.
    await row.getByRole('link', { name: 'Li Lei' }).click();
    const attempts = desk.page.getByRole('table', { name: 'Chapter tests taken by Li Lei' });
    await attempts.waitFor();
    await expect(attempts.getByRole('row').nth(1).textContent()).resolves.toContain('100%');
    await expect(axeViolations(desk.page)).resolves.toEqual([]);

    // Only the sync attempts made without a network may have failed.
    const offlineSync = (error: string) => /ERR_INTERNET_DISCONNECTED/.test(error) || (/Failed to fetch/.test(error) && !/imported module/.test(error));
    expect(learner.errors.filter((error) => !offlineSync(error))).toEqual([]);
    expect(desk.errors).toEqual([]);
    await learner.context.close();
    await desk.context.close();
  });
});
