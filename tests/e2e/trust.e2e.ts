/**
 * A record managers can trust: against the course server, what a learner's device claims earns
 * nothing by itself. Clicking through slides is not reading, forged events are not believed, a
 * certificate is checked against the server's own record, and a progress file from someone else
 * creates no pass.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Chapter } from '../../src/content/types.ts';
import { PROGRESS_STORAGE_KEY } from '../../src/progress/progress-data.ts';
import type { EventsResponse } from '../../src/protocol/events.ts';
import { CERTIFICATE_CODE_LENGTH, CODE_ALPHABET } from '../../src/server/auth/tokens.ts';
import { accessLink } from '../../src/sync/access-link.ts';
import type { Enrollment } from '../../src/sync/enrollment.ts';
import { baseUrl, launchBrowser, openPage } from './browser.ts';
import { readChapter, rightAnswers, savedProgress, savedSeen, takeChapterTest, testSize } from './chapter-test.ts';
import { compiledChapter, compiledManifest } from './course-content.ts';
import {
  axeViolations,
  createCohort,
  joinedLearner,
  learnerDetails,
  matrixRow,
  outboxDrained,
  signInManager,
  storedEnrollment,
  type CreatedCohort,
  type OpenedPage,
} from './course-server.ts';
import { CHAPTERS, openRoute, startInLocale } from './routes.ts';

const SCREENSHOTS = 'test-results/screenshots';
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740 };

let browser: Browser;
let desk: OpenedPage;
let cohort: CreatedCohort;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchBrowser();
  desk = await signInManager(browser);
  cohort = await createCohort(desk.page, 'Record check');
});

afterAll(async () => {
  expect(desk?.errors ?? []).toEqual([]);
  await desk?.context.close();
  await browser?.close();
});

/** The matrix's cells for one learner: 0 employee id, 1 team, 2 status, 3 progress, 4 last active, then one per chapter. */
const FIRST_CHAPTER_CELL = 5;

/** The learner's progress events, sent to the server directly with their token (as a forger, or another device, would). */
async function postEvents(enrollment: Enrollment, events: object[]): Promise<EventsResponse> {
  const response = await fetch(`${baseUrl()}/api/events`, {
    method: 'POST',
    headers: { authorization: `Bearer ${enrollment.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ events }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as EventsResponse;
}

/** How the manager's pages name a chapter: "3. Key Operating Metrics". */
const chapterLabel = (chapter: Chapter) => `${CHAPTERS.indexOf(chapter.id as (typeof CHAPTERS)[number]) + 1}. ${chapter.title}`;

/** The cells of a chapter's row in the manager's table of a learner's chapters (after its row header). */
function chapterRowCells(table: Locator, chapter: Chapter): Locator {
  return table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: chapterLabel(chapter), exact: true }) }).getByRole('cell');
}

/** Shows slide mode's controls (they hide while the pointer rests) by moving the pointer a little. */
async function wakeControls(page: Page): Promise<void> {
  const controls = page.locator('.present-controls');
  if ((await controls.getAttribute('data-idle')) === null) return;
  await page.mouse.move(200, 200);
  await page.mouse.move(220, 210);
  await page.locator('.present-controls:not([data-idle])').waitFor();
}

/** Whether the page scrolls sideways (it should not on a phone). */
const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

/** Whether the page still scrolls sideways once layout has followed a new window size. */
async function settlesWithoutSidewaysScroll(page: Page): Promise<boolean> {
  return expect
    .poll(() => scrollsSideways(page), { timeout: 5_000 })
    .toBe(false)
    .then(
      () => true,
      () => false,
    );
}

/** A screenshot on a desktop and on a phone; says whether the phone's page scrolls sideways. */
async function screenshots(page: Page, name: string): Promise<{ phoneScrollsSideways: boolean }> {
  await page.setViewportSize(DESKTOP);
  await page.screenshot({ path: `${SCREENSHOTS}/${name}_desktop.png`, fullPage: true });
  await page.setViewportSize(PHONE);
  const phoneScrollsSideways = !(await settlesWithoutSidewaysScroll(page));
  await page.screenshot({ path: `${SCREENSHOTS}/${name}_phone.png`, fullPage: true });
  await page.setViewportSize(DESKTOP);
  return { phoneScrollsSideways };
}

/** The code of the certificate issued in the journey below, for the check of the verify page on a phone. */
let issuedCode: string | null = null;

describe('a record managers can trust', () => {
  it('clicking through earns nothing: a right test after skimmed slides completes no chapter', { timeout: 120_000 }, async () => {
    const chapter = compiledChapter('en', 'kpis');
    const learner = await joinedLearner(browser, cohort, { name: 'Chen Jing' });
    const { page } = learner;
    const enrollment = await storedEnrollment(page);

    // Slide mode, "next" as fast as the learner can click: each slide on screen far under its reading time.
    // Timed from the navigation on, so the first slide's time includes the page loading.
    let since = Date.now();
    await page.goto(`/present/${chapter.id}`);
    await page.waitForURL((url) => url.pathname === `/present/${chapter.id}/${chapter.slides[0]!.id}`);
    const next = page.getByRole('button', { name: 'Next slide' });
    await next.waitFor();
    const shownFor: number[] = [];
    for (const slide of chapter.slides.slice(1)) {
      await wakeControls(page);
      await next.click();
      await page.waitForURL((url) => url.pathname === `/present/${chapter.id}/${slide.id}`);
      shownFor.push(Date.now() - since);
      since = Date.now();
    }
    expect(await savedSeen(page, chapter.id)).toEqual([]);
    shownFor.push(Date.now() - since);
    // Real time, no clock moved: every slide left the screen well before its reading time.
    for (const [index, ms] of shownFor.entries()) expect(ms, `${chapter.slides[index]!.id} on screen`).toBeLessThan(chapter.slides[index]!.readingMs);

    // Straight to the chapter test, every answer right: a pass, but the chapter is not complete here.
    await openRoute(page, `/learn/${chapter.id}#chapter-test`);
    const test = page.locator('#chapter-test');
    const taken = await takeChapterTest(test, chapter);
    expect(taken.passed).toBe(true);
    await test.getByText('Test passed. Read every section to complete the chapter.').waitFor();
    expect(await test.getByText('Chapter complete.').count()).toBe(0);
    const local = (await savedProgress(page)).chapters[chapter.id]!;
    expect(local.completedAt).toBeNull();
    expect(Object.keys(local.seen).length).toBeLessThan(chapter.slides.length);

    // The attempt reaches the server, which grades it itself.
    await outboxDrained(page, PROGRESS_STORAGE_KEY);
    await expect.poll(async () => (await savedProgress(page)).chapters[chapter.id]?.attempts[0]?.verdict).toEqual({ verdict: 'graded', score: 1, gradedAt: expect.any(Number) });
    const types = (await savedProgress(page)).outbox.map((event) => event.type);
    expect(types).not.toContain('chapter_completed');

    // The manager sees a graded attempt at 100 %, and the chapter not completed.
    const details = await learnerDetails(desk.page, enrollment, 'Chen Jing');
    const attempt = details.attempts.getByRole('row').nth(1).getByRole('cell');
    await expect(attempt.nth(0).textContent()).resolves.toBe(chapterLabel(chapter));
    await expect(attempt.nth(2).textContent()).resolves.toBe('100%');
    await expect(attempt.nth(3).textContent()).resolves.toMatch(/^Graded by the server at /);
    await expect(attempt.nth(4).textContent()).resolves.toBe(String(testSize()));
    const chapterRow = chapterRowCells(details.chapters, chapter);
    await expect(chapterRow.nth(1).textContent()).resolves.toBe('100%');
    await expect(chapterRow.nth(3).textContent()).resolves.toBe('Not completed');
    const row = await matrixRow(desk.page, cohort, 'Chen Jing');
    const cell = row.getByRole('cell').nth(FIRST_CHAPTER_CELL + CHAPTERS.indexOf('kpis'));
    await expect(cell.textContent()).resolves.toMatch(/Best 100%/);
    await expect(cell.textContent()).resolves.not.toMatch(/Completed/);

    expect(learner.errors).toEqual([]);
    await learner.context.close();
  });

  it('forged events are not believed: a claimed score of 100 % and completions for every chapter', async () => {
    const learner = await joinedLearner(browser, cohort, { name: 'Zhao Qiang' });
    const enrollment = await storedEnrollment(learner.page);
    const at = Date.now();
    const forged = [
      // A score with no seed and no answers: nothing the server can grade.
      { id: randomUUID(), type: 'quiz_submitted', at, chapterId: 'roles', attemptId: randomUUID(), score: 1 },
      // A seed, but no answers to the questions it draws.
      { id: randomUUID(), type: 'quiz_submitted', at, chapterId: 'tools', attemptId: randomUUID(), score: 1, seed: 7 },
      ...CHAPTERS.map((chapterId, index) => ({ id: randomUUID(), type: 'chapter_completed', at: at + 1 + index, chapterId })),
    ];
    const answer = await postEvents(enrollment, forged);
    expect(answer.accepted).toBe(forged.length);
    expect(answer.verdicts.map(({ chapterId, verdict, score }) => ({ chapterId, verdict, score }))).toEqual([
      { chapterId: 'roles', verdict: 'unverified', score: null },
      { chapterId: 'tools', verdict: 'wrong_questions', score: null },
    ]);

    // The matrix shows no chapter completed, and no progress.
    const row = await matrixRow(desk.page, cohort, 'Zhao Qiang');
    const cells = row.getByRole('cell');
    await expect(cells.nth(2).textContent()).resolves.not.toBe('Completed');
    await expect(cells.nth(3).textContent()).resolves.toBe('0%');
    for (let index = 0; index < CHAPTERS.length; index++) {
      await expect(cells.nth(FIRST_CHAPTER_CELL + index).textContent()).resolves.not.toMatch(/Completed/);
    }
    expect(await row.locator('.matrix-done').count()).toBe(0);

    // The learner's page says how each attempt was (not) scored.
    const details = await learnerDetails(desk.page, enrollment, 'Zhao Qiang');
    const obtained = await details.attempts.locator('tbody tr td:nth-of-type(4)').allTextContents();
    expect(obtained).toHaveLength(2);
    expect(obtained).toContainEqual(expect.stringMatching(/^Not scored: it came without the seed that draws its questions/));
    expect(obtained).toContainEqual(expect.stringMatching(/^Not scored: the answers did not match the questions drawn /));
    const scores = await details.attempts.locator('tbody tr td:nth-of-type(3)').allTextContents();
    expect(scores).toEqual(['—', '—']);
    const completed = await details.chapters.locator('tbody tr td:last-child').allTextContents();
    expect(completed).toEqual(CHAPTERS.map(() => 'Not completed'));

    expect(learner.errors).toEqual([]);
    await learner.context.close();
  });

  it('a real certificate verifies, an altered one does not', { timeout: 120_000 }, async () => {
    const name = 'Wang Fang';
    const learner = await joinedLearner(browser, cohort, { name });
    const { page } = learner;
    const enrollment = await storedEnrollment(page);

    // The whole course, done for real on another device: every slide seen after its reading
    // time, then one genuine attempt per chapter with the right answers to the questions drawn.
    let at = Date.now() - 6 * 3_600_000;
    const events: object[] = [];
    for (const [index, id] of CHAPTERS.entries()) {
      const chapter: Chapter = compiledChapter('en', id);
      for (const slide of chapter.slides) {
        at += slide.readingMs;
        events.push({ id: randomUUID(), type: 'slide_seen', at, chapterId: id, slideId: slide.id });
      }
      at += 60_000;
      const seed = 1_000 + index;
      events.push({ id: randomUUID(), type: 'quiz_submitted', at, chapterId: id, attemptId: randomUUID(), score: 1, seed, answers: rightAnswers(chapter, seed) });
      at += 60_000;
    }
    const answer = await postEvents(enrollment, events);
    expect(answer.accepted).toBe(events.length);
    expect(answer.verdicts.map(({ verdict, score }) => ({ verdict, score }))).toEqual(CHAPTERS.map(() => ({ verdict: 'graded', score: 1 })));

    // This browser signs in with the learner's link and gets the record back from the server.
    await openRoute(page, '/');
    await page.goto(accessLink(baseUrl(), cohort.code, enrollment));
    await page.getByRole('heading', { name: `You have joined “${cohort.name}”` }).waitFor();
    await page.getByText(/^Progress records restored from the server: \d+\.$/).waitFor();

    // The certificate comes from the server, with a code and where to check it.
    await page.setViewportSize(DESKTOP);
    await openRoute(page, '/progress/certificate');
    const certificate = page.locator('article.certificate');
    await certificate.locator('.certificate-name').getByText(name, { exact: true }).waitFor();
    const code = (await certificate.locator('.certificate-code-value').textContent())!.trim();
    expect(code).toMatch(new RegExp(`^([${CODE_ALPHABET}]{4}-){${CERTIFICATE_CODE_LENGTH / 4 - 1}}[${CODE_ALPHABET}]{4}$`));
    const verifyUrl = `${baseUrl()}/verify/${code}`;
    await expect(certificate.getByRole('link', { name: verifyUrl }).getAttribute('href')).resolves.toBe(verifyUrl);
    expect(await certificate.locator('.certificate-self-reported').count()).toBe(0);
    await expect(certificate.locator('.certificate-overall').textContent()).resolves.toBe('Average best test score: 100%');
    await expect(axeViolations(page)).resolves.toEqual([]);
    expect(await screenshots(page, 'trust_certificate')).toEqual({ phoneScrollsSideways: false });
    issuedCode = code;

    // Anyone with the link sees the server's record confirm it.
    await certificate.getByRole('link', { name: verifyUrl }).click();
    await page.waitForURL(verifyUrl);
    const result = page.locator('.verify-result');
    await result.getByText('Valid certificate: the server’s record matches the details below.').waitFor();
    const details = await result.locator('dd').allTextContents();
    // Name, course, completion date, score, code.
    expect(details).toEqual([name, compiledManifest().title.en, expect.stringMatching(/\b20\d\d\b/), '100%', code]);
    await expect(axeViolations(page)).resolves.toEqual([]);
    // On a phone, see the known-bug check after this journey.
    await screenshots(page, 'trust_verify');

    // One character changed, and the code is no certificate's (still a well-formed code).
    const at5 = code.indexOf('-') + 1;
    const swapped = CODE_ALPHABET[(CODE_ALPHABET.indexOf(code[at5]!) + 1) % CODE_ALPHABET.length]!;
    const altered = `${code.slice(0, at5)}${swapped}${code.slice(at5 + 1)}`;
    await openRoute(page, `/verify/${altered}`);
    await result.getByText(`No certificate has the code “${altered}”.`, { exact: false }).waitFor();
    expect(await result.locator('.verify-valid').count()).toBe(0);
    await expect(axeViolations(page)).resolves.toEqual([]);

    // The manager's record agrees: every chapter completed.
    const record = await learnerDetails(desk.page, enrollment, name);
    const completed = await record.chapters.locator('tbody tr td:last-child').allTextContents();
    expect(completed.filter((text) => text === 'Not completed')).toEqual([]);

    // The only failed request is the check of the altered code (404: no such certificate).
    expect(learner.errors.filter((error) => !/status of 404/.test(error))).toEqual([]);
    await learner.context.close();
  });

  /** The details of a valid certificate stack on a phone: nothing sticks out of the panel. */
  it('the verify page of a valid certificate does not scroll sideways on a 360 px phone', async () => {
    expect(issuedCode).not.toBeNull();
    const { context, page, errors } = await openPage(browser, { serviceWorkers: 'block', viewport: PHONE });
    try {
      await startInLocale(context, 'en');
      await openRoute(page, `/verify/${issuedCode}`);
      await page.locator('.verify-valid').waitFor();
      expect(await settlesWithoutSidewaysScroll(page)).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('an imported file from another learner creates no pass', { timeout: 120_000 }, async () => {
    const chapter = compiledChapter('en', 'processes');

    // Learner A, on their own (no cohort), reads the chapter and passes its test for real.
    const a = await openPage(browser, { serviceWorkers: 'block' });
    await startInLocale(a.context, 'en');
    await a.context.clock.install();
    await openRoute(a.page, `/learn/${chapter.id}`);
    await readChapter(a.page, chapter);
    const taken = await takeChapterTest(a.page.locator('#chapter-test'), chapter);
    expect(taken.passed).toBe(true);
    await a.page.getByText('Chapter complete.').waitFor();

    // A exports their progress as a file.
    await openRoute(a.page, '/progress');
    const [download] = await Promise.all([a.page.waitForEvent('download'), a.page.getByRole('button', { name: 'Export JSON (importable)' }).click()]);
    const file = path.resolve('test-results', `trust-import-${randomUUID()}.json`);
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { progress: { chapters: Record<string, { attempts: Array<{ score: number }>; completedAt: number | null }> } };
    expect(exported.progress.chapters[chapter.id]!.attempts.map((attempt) => attempt.score)).toEqual([1]);
    expect(exported.progress.chapters[chapter.id]!.completedAt).not.toBeNull();
    expect(a.errors).toEqual([]);
    await a.context.close();

    // Learner B, in the cohort, imports A's file.
    const b = await joinedLearner(browser, cohort, { name: 'Sun Li' });
    const enrollment = await storedEnrollment(b.page);
    await openRoute(b.page, '/progress');
    await b.page.getByLabel('Import a JSON file').setInputFiles(file);
    await b.page.getByText('The imported progress was merged. Imported test results are kept as history only: take the test on this device for it to count.').waitFor();

    // The slides come back as read; the pass does not: the chapter is not complete, no score counts.
    const card = b.page.getByRole('article', { name: chapter.title, exact: true });
    const figure = (term: string) => card.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd');
    await expect(figure('Sections read').textContent()).resolves.toBe(`${chapter.slides.length} / ${chapter.slides.length}`);
    await expect(figure('Best quiz score').textContent()).resolves.not.toMatch(/%/);
    await expect(figure('Completed').textContent()).resolves.toBe('Not yet');
    expect(await card.locator('.progress-complete-mark').count()).toBe(0);
    const local = await savedProgress(b.page);
    expect(local.chapters[chapter.id]!.completedAt).toBeNull();
    expect(local.chapters[chapter.id]!.attempts.every((attempt) => attempt.imported === true)).toBe(true);
    // Nothing imported waits to be sent.
    expect(local.outbox).toEqual([]);

    // The server's record of B has no attempt and nothing completed.
    const details = await learnerDetails(desk.page, enrollment, 'Sun Li');
    await details.noAttempts.getByText('No chapter tests taken yet.').waitFor();
    const chapterRow = chapterRowCells(details.chapters, chapter);
    await expect(chapterRow.nth(0).textContent()).resolves.toBe('0%');
    await expect(chapterRow.nth(3).textContent()).resolves.toBe('Not completed');

    expect(b.errors).toEqual([]);
    await b.context.close();
  });
});
