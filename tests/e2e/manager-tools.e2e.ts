import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testAttempt } from '../server/helpers/events.ts';
import { baseUrl, launchBrowser, openPage } from './browser.ts';
import { axeViolations, createCohort, signInManager, storedEnrollment, type CreatedCohort } from './course-server.ts';
import { startInLocale } from './routes.ts';

const DAY = 86_400_000;
/** Seed 7 asks "A clothing chain…" (right answer: inventory turnover) among its five kpis questions. */
const CASH = 'q-test-kpis-group-cash';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** `YYYY-MM-DD`, `days` after today on the page's calendar. */
function dateAhead(page: Page, days: number): Promise<string> {
  return page.evaluate((n) => {
    const date = new Date();
    date.setDate(date.getDate() + n);
    const pad = (value: number) => String(value).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }, days);
}

async function api(path: string, body: unknown, token?: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${baseUrl()}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  expect(response.status, await response.clone().text()).toBeLessThan(300);
  return (await response.json()) as Record<string, unknown>;
}

/** A chapter test on kpis ten days ago, every answer right except the clothing-chain question (answered "Cost control"). */
async function missTheCashQuestion(token: string): Promise<void> {
  const attempt = testAttempt('kpis', Date.now() - 10 * DAY, { seed: 7 });
  attempt.answers![CASH] = { kind: 'single', optionId: 'd' };
  await api('/api/events', { events: [attempt] }, token);
}

describe('the manager’s toolkit, against the course server', () => {
  it('finds the most-missed question and its wrong answer, reminds who is behind, and moves a deadline the learner sees', { timeout: 180_000 }, async () => {
    const desk = await signInManager(browser);
    const due = await dateAhead(desk.page, 10);
    const cohort: CreatedCohort = await createCohort(desk.page, 'Spring operations', due);

    // A learner joins in a browser of their own, leaving an e-mail address, and sees the deadline at home.
    const learner = await openPage(browser, { serviceWorkers: 'block' });
    await startInLocale(learner.context, 'en');
    await learner.page.goto(`/join/${cohort.code}`);
    await learner.page.getByLabel('Your name').fill('Li Lei');
    await learner.page.getByLabel('E-mail (optional)').fill('li.lei@example.com');
    await learner.page.getByRole('button', { name: 'Join the cohort' }).click();
    await learner.page.getByRole('heading', { name: `You have joined “${cohort.name}”` }).waitFor();
    await learner.page.goto('/');
    const deadline = learner.page.getByRole('complementary', { name: 'Training due date' });
    await expect.poll(() => deadline.textContent()).toMatch(/^Complete the course by .+: 10 days left\.$/);
    await expect(axeViolations(learner.page)).resolves.toEqual([]);

    // Three learners took the kpis test ten days ago and missed the same question the same way.
    await missTheCashQuestion((await storedEnrollment(learner.page)).token);
    for (const [displayName, email] of [['Wang Fang', 'wang.fang@example.com'], ['Chen Jie', null]] as const) {
      const joined = await api('/api/join', { code: cohort.code, displayName, email });
      await missTheCashQuestion(joined.token as string);
    }

    // The matrix shows all ten chapters at 1280 × 800 without scrolling sideways.
    await desk.page.setViewportSize({ width: 1280, height: 800 });
    await desk.page.reload();
    const region = desk.page.getByRole('region', { name: /^Progress by learner and chapter/ });
    await region.waitFor();
    expect(await region.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    expect(await desk.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const lastChapter = await region.getByRole('columnheader', { name: /^Chapter 10\b/ }).boundingBox();
    expect(lastChapter!.x + lastChapter!.width).toBeLessThanOrEqual(1280);
    await expect(desk.page.getByRole('list', { name: 'Key' }).isVisible()).resolves.toBe(true);

    // Question analysis: the chapter's most-missed question and the wrong answer most chosen.
    await desk.page.getByRole('navigation', { name: 'Cohort pages' }).getByRole('link', { name: 'Question analysis' }).click();
    await desk.page.getByLabel('Chapter test').selectOption('kpis');
    await desk.page.getByText('Based on 3 attempts graded by the server (retakes included) from 3 learners of this cohort.').waitFor();
    await desk.page.getByText('Most missed: question 1 (0% right)').waitFor();
    const items = desk.page.getByRole('table', { name: /^Share answered right, per question/ });
    await items.getByRole('button', { name: /^Answered right/ }).click();
    const hardest = items.getByRole('row').nth(1);
    await expect(hardest.getByRole('rowheader').textContent()).resolves.toBe('1');
    const cells = hardest.getByRole('cell');
    await expect(cells.nth(0).textContent()).resolves.toMatch(/^A clothing chain/);
    await expect(cells.nth(2).textContent()).resolves.toBe('3');
    await expect(cells.nth(3).textContent()).resolves.toBe('0%');
    await expect(cells.nth(4).textContent()).resolves.toBe('Cost control (3×)');
    await expect(axeViolations(desk.page)).resolves.toEqual([]);

    // Who is behind: all three (ten days without study); a reminder goes by e-mail to those with an address.
    await desk.page.getByRole('navigation', { name: 'Cohort pages' }).getByRole('link', { name: 'Who is behind' }).click();
    const behind = desk.page.getByRole('table', { name: 'Learners behind (3)' });
    await behind.waitFor();
    await expect(behind.getByRole('row', { name: /Chen Jie/ }).textContent()).resolves.toContain('none given');
    await expect(desk.page.getByLabel(/^Message/).inputValue()).resolves.toContain(`“${cohort.name}”`);
    await desk.page.getByRole('button', { name: 'E-mail the 2 learners who gave an address' }).click();
    await desk.page.getByText('2 reminders sent.').waitFor();
    await desk.page.getByText('These learners gave no e-mail address; remind them another way: Chen Jie').waitFor();
    await expect.poll(() => behind.getByRole('row', { name: /Li Lei/ }).textContent()).toMatch(/Reminded on /);
    await expect(axeViolations(desk.page)).resolves.toEqual([]);

    // Settings: the manager moves the due date; the learner's home page follows once it reloads.
    await desk.page.getByRole('navigation', { name: 'Cohort pages' }).getByRole('link', { name: 'Settings' }).click();
    const later = await dateAhead(desk.page, 20);
    await desk.page.getByLabel('Due date (leave empty for none)').fill(later);
    await desk.page.getByRole('button', { name: 'Save changes' }).click();
    await desk.page.getByText('Saved. Learners see the new due date once their devices are online.').waitFor();
    await expect(axeViolations(desk.page)).resolves.toEqual([]);
    await learner.page.reload();
    await expect.poll(() => deadline.textContent()).toMatch(/: 20 days left\.$/);
    await expect.poll(async () => (await storedEnrollment(learner.page)).cohort.dueDate).toBe(later);

    expect(desk.errors).toEqual([]);
    expect(learner.errors).toEqual([]);
    await learner.context.close();
    await desk.context.close();
  });
});
