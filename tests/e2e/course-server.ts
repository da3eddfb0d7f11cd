/**
 * Setting the scene on the course server the journeys run against (see global-setup.ts): the
 * manager signs in and creates a cohort, learners join it with its enrollment link, and the
 * manager reads the cohort's matrix and a learner's details.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import type { Enrollment } from '../../src/sync/enrollment.ts';
import { ENROLLMENT_KEY } from '../../src/sync/enrollment-key.ts';
import { baseUrl, openPage } from './browser.ts';
import { startInLocale } from './routes.ts';

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** WCAG 2.0–2.2 A and AA, as in the accessibility suite. */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(WCAG).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** The manager's desk: signed in, in English, with the service worker kept out of the way. */
export async function signInManager(browser: Browser): Promise<OpenedPage> {
  const manager = inject('manager');
  const desk = await openPage(browser, { serviceWorkers: 'block' });
  await startInLocale(desk.context, 'en');
  await desk.page.goto('/manage');
  await desk.page.getByLabel('E-mail address').fill(manager.email);
  await desk.page.getByLabel('Password').fill(manager.password);
  await desk.page.getByRole('button', { name: 'Sign in' }).click();
  await desk.page.getByText(`Signed in as ${manager.name}`).waitFor();
  return desk;
}

export interface CreatedCohort {
  name: string;
  /** The enrollment code; the join link is `<origin>/join/<code>`. */
  code: string;
  /** From the cohort page's address. */
  id: string;
}

/** Creates a cohort on the manager's list and opens its page (empty yet). */
export async function createCohort(desk: Page, name: string, dueDate = '2030-06-30'): Promise<CreatedCohort> {
  const create = desk.getByRole('region', { name: 'Create a cohort' });
  await create.getByLabel('Name').fill(name);
  await create.getByLabel('Due date (optional)').fill(dueDate);
  await create.getByRole('button', { name: 'Create the cohort' }).click();
  const code = (await create.locator('.manage-code').textContent())!.trim();
  expect(code).toMatch(/^[A-Z0-9]{8}$/);
  await expect(create.locator('.manage-link-text').textContent()).resolves.toBe(`${baseUrl()}/join/${code}`);
  await desk.getByRole('link', { name }).click();
  await desk.waitForURL(/\/manage\/cohorts\/[^/]+$/);
  await desk.getByText(/Nobody has joined this cohort yet/).waitFor();
  const id = decodeURIComponent(new URL(desk.url()).pathname.split('/').pop()!);
  return { name, code, id };
}

export interface Learner {
  name: string;
  employeeId?: string;
}

/**
 * A learner opens the enrollment link in `page` and joins the cohort. `beforeJoining` and
 * `afterJoining` run on the form and on the joined panel (an accessibility check, for instance).
 */
export async function joinCohort(
  page: Page,
  cohort: Pick<CreatedCohort, 'name' | 'code'>,
  learner: Learner,
  checks: { beforeJoining?: () => Promise<void>; afterJoining?: () => Promise<void> } = {},
): Promise<void> {
  await page.goto(`/join/${cohort.code}`);
  await page.getByLabel('Your name').waitFor();
  await checks.beforeJoining?.();
  await page.getByLabel('Your name').fill(learner.name);
  if (learner.employeeId) await page.getByLabel('Employee ID (optional)').fill(learner.employeeId);
  await page.getByRole('button', { name: 'Join the cohort' }).click();
  await page.getByRole('heading', { name: `You have joined “${cohort.name}”` }).waitFor();
  await checks.afterJoining?.();
}

/**
 * A learner in a browser of their own (English), joined to the cohort. With `clock`, the page
 * clock is installed before the first page opens, so reading time can be moved on.
 */
export async function joinedLearner(
  browser: Browser,
  cohort: Pick<CreatedCohort, 'name' | 'code'>,
  learner: Learner,
  options: { clock?: boolean; serviceWorkers?: 'allow' | 'block' } = {},
): Promise<OpenedPage> {
  const opened = await openPage(browser, { serviceWorkers: options.serviceWorkers ?? 'block' });
  await startInLocale(opened.context, 'en');
  if (options.clock) await opened.context.clock.install();
  await joinCohort(opened.page, cohort, learner);
  return opened;
}

/** What joining left in the browser: the learner's id, bearer token and cohort. */
export async function storedEnrollment(page: Page): Promise<Enrollment> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), ENROLLMENT_KEY);
  expect(raw).not.toBeNull();
  return JSON.parse(raw!) as Enrollment;
}

/** Waits until the learner's outbox has events and the server has acknowledged every one. */
export async function outboxDrained(page: Page, key: string, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    (storageKey) => {
      const saved = JSON.parse(localStorage.getItem(storageKey) ?? 'null') as { state?: { outbox?: Array<{ acked: boolean }> } } | null;
      const outbox = saved?.state?.outbox ?? [];
      return outbox.length > 0 && outbox.every((event) => event.acked);
    },
    key,
    { timeout },
  );
}

/** The learner's row of the cohort's matrix, fresh from the server. */
export async function matrixRow(desk: Page, cohort: Pick<CreatedCohort, 'id'>, name: string): Promise<Locator> {
  await desk.goto(`/manage/cohorts/${encodeURIComponent(cohort.id)}`);
  const row = desk.getByRole('row', { name: new RegExp(`^${name}\\b`) });
  await row.waitFor();
  return row;
}

/** The manager's page for one learner, opened afresh (it loads the server's record as it opens). */
export async function learnerDetails(desk: Page, enrollment: Pick<Enrollment, 'learnerId' | 'cohort'>, name: string) {
  await desk.goto(`/manage/cohorts/${encodeURIComponent(enrollment.cohort.id)}/learners/${encodeURIComponent(enrollment.learnerId)}`);
  await desk.getByRole('heading', { level: 2, name }).waitFor();
  return {
    chapters: desk.getByRole('table', { name: `Progress of ${name} by chapter` }),
    attempts: desk.getByRole('table', { name: `Chapter tests taken by ${name}` }),
    noAttempts: desk.getByRole('region', { name: `Chapter tests taken by ${name}` }),
  };
}
