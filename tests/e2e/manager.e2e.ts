import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Chapter } from '../../src/content/types.ts';
import { PROGRESS_STORAGE_KEY } from '../../src/progress/progress-data.ts';
import { launchBrowser, openPage } from './browser.ts';
import { lastAttemptDraw, readChapter, savedProgress, takeChapterTest, testSize } from './chapter-test.ts';
import { compiledChapter } from './course-content.ts';
import { axeViolations, createCohort, joinCohort, outboxDrained, signInManager } from './course-server.ts';
import { startInLocale } from './routes.ts';

/** The chapter the learner reads and is tested on: the first one. */
const CHAPTER_ID = 'overview';
/** The attempt rules' wait after an attempt (course.yaml: 10 minutes), and a minute more. */
const PAST_COOLDOWN_MS = 11 * 60_000;

let browser: Browser;
let chapter: Chapter;

beforeAll(async () => {
  browser = await launchBrowser();
  chapter = compiledChapter('en', CHAPTER_ID);
});

afterAll(async () => {
  await browser?.close();
});

describe('manager and learner, against the course server', () => {
  it('a manager creates a cohort, a learner joins and completes a chapter, the matrix shows it', { timeout: 240_000 }, async () => {
    // The manager signs in and creates a cohort.
    const desk = await signInManager(browser);
    const cohort = await createCohort(desk.page, 'Operations onboarding');

    // A learner, in a browser of their own, joins with the code and studies the first chapter.
    // The page clock is theirs to move on: a section counts as read after its reading time.
    const learner = await openPage(browser);
    await startInLocale(learner.context, 'en');
    await learner.context.clock.install();
    await joinCohort(
      learner.page,
      cohort,
      { name: 'Li Lei', employeeId: 'E2E-001' },
      {
        beforeJoining: () => expect(axeViolations(learner.page)).resolves.toEqual([]),
        afterJoining: async () => {
          await learner.page.getByText(/Complete every chapter by/).waitFor();
          await expect(axeViolations(learner.page)).resolves.toEqual([]);
        },
      },
    );
    await learner.page.getByRole('link', { name: 'Start the course' }).click();
    await learner.page.waitForURL(`**/learn/${CHAPTER_ID}`);
    await learner.page.locator('section.lesson-slide').first().waitFor();

    // Once the course is installed for offline use, the network drops while they study:
    // the lesson and its test keep working and everything waits in the outbox.
    await learner.page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 45_000 });
    await learner.context.setOffline(true);
    await readChapter(learner.page, chapter);

    // A first attempt, every answer wrong: the review names what to revisit and keeps the answer key.
    const test = learner.page.locator('#chapter-test');
    const failed = await takeChapterTest(test, chapter, 0);
    expect(failed.passed).toBe(false);
    expect(failed.questions.map((quiz) => quiz.id)).toEqual(await lastAttemptDraw(learner.page, chapter));
    await test.getByText('Not passed (pass mark 80%).', { exact: false }).first().waitFor();
    await expect(test.locator('.quiz-review-objective').count()).resolves.toBe(testSize());
    await expect(test.locator('.quiz-review-objective').first().textContent()).resolves.toMatch(/^Revisit this learning objective: \S/);
    await expect(test.locator('.quiz-explain').count()).resolves.toBe(0);
    await expect(test.locator('.quiz-numeric-answer').count()).resolves.toBe(0);
    await expect(test.getByText(/Correct answer|Belongs in position/).count()).resolves.toBe(0);

    // The attempt rules: a short break before the next attempt, then a retake with a new draw.
    const retake = test.getByRole('button', { name: 'Retake the test' });
    await expect(retake.count()).resolves.toBeGreaterThan(0);
    for (const button of await retake.all()) await expect(button.isDisabled()).resolves.toBe(true);
    await test.getByText(/^Take a short break after each attempt: you can retake the test from /).waitFor();
    await learner.context.clock.fastForward(PAST_COOLDOWN_MS);
    await expect.poll(() => retake.first().isEnabled()).toBe(true);
    await retake.first().click();
    const passed = await takeChapterTest(test, chapter);
    expect(passed.questions.map((quiz) => quiz.id)).toEqual(await lastAttemptDraw(learner.page, chapter));
    await test.getByText('Passed (pass mark 80%).', { exact: true }).waitFor();
    // Once passed, the review shows the explanations again.
    if (passed.questions.some((quiz) => quiz.explain !== null)) expect(await test.locator('.quiz-explain').count()).toBeGreaterThan(0);
    await learner.page.getByText('Chapter complete.').waitFor();
    const waiting = (await savedProgress(learner.page)).outbox.filter((event) => !event.acked).map((event) => event.type);
    expect(waiting).toContain('chapter_completed');
    expect(waiting.filter((type) => type === 'slide_seen')).toHaveLength(chapter.slides.length);
    expect(waiting.filter((type) => type === 'quiz_submitted')).toHaveLength(2);
    await learner.context.setOffline(false);

    // Back online, the outbox drains to the server, and the server's verdicts come back.
    await outboxDrained(learner.page, PROGRESS_STORAGE_KEY);
    await expect
      .poll(async () => (await savedProgress(learner.page)).chapters[CHAPTER_ID]?.attempts.map((attempt) => attempt.verdict?.verdict))
      .toEqual(['graded', 'graded']);

    // The manager's matrix shows the learner with the chapter completed and the score.
    await desk.page.getByRole('button', { name: 'Refresh now' }).click();
    const row = desk.page.getByRole('row', { name: /Li Lei/ });
    await row.waitFor();
    const cells = row.getByRole('cell');
    await expect(cells.nth(0).textContent()).resolves.toBe('E2E-001');
    await expect(cells.nth(2).textContent()).resolves.toBe('In progress');
    // The row may show an earlier poll until the refresh lands.
    await expect.poll(() => cells.nth(5).textContent(), { timeout: 15_000 }).toMatch(/^100%100% ✓Seen 100%, Best 100%, Completed /);
    await expect(cells.nth(6).textContent()).resolves.toBe('—Not started');
    await expect(axeViolations(desk.page)).resolves.toEqual([]);

    // At 360 px the page keeps its width; the matrix scrolls sideways in its own container.
    await desk.page.setViewportSize({ width: 360, height: 740 });
    // Charts follow the new width a frame or two later (ResizeObserver).
    await expect.poll(() => desk.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), { timeout: 5_000 }).toBe(true);
    const region = desk.page.getByRole('region', { name: /^Progress by learner and chapter/ });
    expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    await desk.page.setViewportSize({ width: 1280, height: 720 });

    // And the learner's details list both attempts, newest first, as the server graded them.
    await row.getByRole('link', { name: 'Li Lei' }).click();
    const attempts = desk.page.getByRole('table', { name: 'Chapter tests taken by Li Lei' });
    await attempts.waitFor();
    const newest = attempts.getByRole('row').nth(1);
    const first = attempts.getByRole('row').nth(2);
    await expect(newest.getByRole('cell').nth(1).textContent()).resolves.toBe('2');
    await expect(newest.getByRole('cell').nth(2).textContent()).resolves.toBe('100%');
    await expect(newest.getByRole('cell').nth(3).textContent()).resolves.toMatch(/^Graded by the server at /);
    await expect(newest.getByRole('cell').nth(4).textContent()).resolves.toBe(String(testSize()));
    await expect(first.getByRole('cell').nth(1).textContent()).resolves.toBe('1');
    await expect(first.getByRole('cell').nth(2).textContent()).resolves.toBe('0%');
    await expect(first.getByRole('cell').nth(3).textContent()).resolves.toMatch(/^Graded by the server at /);
    await expect(axeViolations(desk.page)).resolves.toEqual([]);

    // Only the sync attempts made without a network may have failed.
    const offlineSync = (error: string) => /ERR_INTERNET_DISCONNECTED/.test(error) || (/Failed to fetch/.test(error) && !/imported module/.test(error));
    expect(learner.errors.filter((error) => !offlineSync(error))).toEqual([]);
    expect(desk.errors).toEqual([]);
    await learner.context.close();
    await desk.context.close();
  });
});
