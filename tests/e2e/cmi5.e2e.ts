import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileContentDir } from '../../src/content/files/read-content.ts';
import type { Chapter, CourseManifest } from '../../src/content/types.ts';
import { PROGRESS_STORAGE_KEY, PROGRESS_VERSION } from '../../src/progress/progress-data.ts';
import type { ProgressData } from '../../src/progress/progress-schema.ts';
import { drawTest } from '../../src/quiz/test-draw.ts';
import { launchBrowser } from './browser.ts';
import { readChapter, rightAnswers, takeChapterTest, testSize } from './chapter-test.ts';
import { startCmi5Lms, type Cmi5Launch, type XapiStatement } from './cmi5-lrs.ts';
import { cmi5Problems, verbOf } from './cmi5-rules.ts';
import { cmi5Zip, unzipPackage } from './scorm-package.ts';

const CHAPTER_ID = 'processes';
const PROGRESS = 'https://w3id.org/xapi/cmi5/result/extensions/progress';

let browser: Browser;
let manifest: CourseManifest;
let chapters: Map<string, Chapter>;
let entries: string[];
let packageDir: string;
let lms: Awaited<ReturnType<typeof startCmi5Lms>>;
let removePackage: () => void;

beforeAll(async () => {
  const compiled = compileContentDir(path.resolve(import.meta.dirname, '../../content'));
  manifest = compiled.manifest!;
  chapters = compiled.chapters;
  const unzipped = unzipPackage(cmi5Zip(manifest.courseId));
  entries = unzipped.entries;
  packageDir = unzipped.dir;
  removePackage = unzipped.remove;
  lms = await startCmi5Lms(unzipped.dir);
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await lms?.close();
  removePackage?.();
});

/** The statements the AU sent in the session `launch` started (after its "launched"). */
function sessionOf(launch: Cmi5Launch): XapiStatement[] {
  return lms.statements.filter((s) => s.context?.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/sessionid'] === launch.sessionId && verbOf(s) !== 'launched');
}

function registrationOf(launch: Cmi5Launch, except: Cmi5Launch): XapiStatement[] {
  return lms.statements.filter((s) => s.context?.registration === launch.registration && verbOf(s) !== 'launched' && !sessionOf(except).includes(s));
}

/** Where the AU keeps this learner's progress for the registration. */
function storageKey(launch: Cmi5Launch): string {
  const actor = `account:${launch.actor.account.homePage}|${launch.actor.account.name}`;
  return `${PROGRESS_STORAGE_KEY}:lms:${manifest.courseId}:cmi5:${encodeURIComponent(actor)}:${encodeURIComponent(launch.registration)}`;
}

/** Opens the AU at its launch URL in a new browser profile, with `saved` progress already in the browser. */
async function openAu(launch: Cmi5Launch, options: { clock?: boolean; saved?: ProgressData } = {}): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  if (options.clock) await context.clock.install();
  if (options.saved !== undefined) {
    await context.addInitScript(
      ({ key, value }) => {
        if (sessionStorage.getItem('seeded') === null) localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      },
      { key: storageKey(launch), value: JSON.stringify({ state: options.saved, version: PROGRESS_VERSION }) },
    );
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(launch.url);
  return { page, errors, close: () => context.close() };
}

/** Leaves the AU (the page goes away, as when the learner closes it) and waits for "terminated". */
async function leave(page: Page, launch: Cmi5Launch): Promise<void> {
  await page.goto('about:blank');
  await expect.poll(() => sessionOf(launch).map(verbOf).at(-1), { timeout: 10_000 }).toBe('terminated');
}

/** Every chapter read over its reading time and its test passed with the right answers. */
function genuineProgress(start: number): ProgressData {
  return {
    profile: null,
    lastPosition: null,
    outbox: [],
    chapters: Object.fromEntries(
      manifest.chapters.map((c) => {
        const compiled = chapters.get(`zh-CN/${c.id}`)!;
        let at = start;
        const seen = Object.fromEntries(compiled.slides.map((slide) => [slide.id, (at += slide.readingMs)]));
        return [c.id, { seen, attempts: [{ id: `real-${c.id}`, at: at + 60_000, score: 1, answers: rightAnswers(compiled, 3), quizIds: drawTest(compiled.test, 3, testSize()), seed: 3 }], completedAt: at + 60_000 }];
      }),
    ),
  };
}

describe('the cmi5 package', () => {
  it('holds cmi5.xml at its root, valid against the cmi5 course structure schema: one AU, one objective per chapter', () => {
    expect(entries).toContain('cmi5.xml');
    expect(entries).toContain('index.html');
    const xml = readFileSync(path.join(packageDir, 'cmi5.xml'), 'utf8');
    const schema = path.resolve(import.meta.dirname, '../fixtures/lms/cmi5-course-structure.xsd');
    expect(execFileSync('xmllint', ['--noout', '--schema', schema, path.join(packageDir, 'cmi5.xml')], { encoding: 'utf8', stdio: 'pipe' })).toBe('');
    expect(xml.match(/<au /g)).toHaveLength(1);
    expect(xml).toContain('moveOn="CompletedAndPassed"');
    expect(xml).toContain(`masteryScore="${manifest.passMark}"`);
    expect(xml.match(/<objective id=/g)).toHaveLength(manifest.chapters.length);
    expect(xml).toContain('<url>index.html</url>');
  });
});

describe('the cmi5 AU against an LMS', () => {
  const learner = 'learner-7';
  const registration = 'a3b1c2d4-0000-4000-8000-000000000001';
  let first: Cmi5Launch;

  it('first session: handshake, initialized, progressed after a chapter is read, terminated as the page goes', async () => {
    first = lms.launch({ registration, learner });
    const { page, errors, close } = await openAu(first, { clock: true });
    await expect.poll(() => sessionOf(first).map(verbOf)).toEqual(['initialized']);
    const title = manifest.chapters.find((c) => c.id === CHAPTER_ID)!.locales['zh-CN']!.title;
    await page.getByRole('link', { name: title }).first().click();
    const chapter = chapters.get(`zh-CN/${CHAPTER_ID}`)!;
    await readChapter(page, chapter, page, storageKey(first));
    await takeChapterTest(page.locator('#chapter-test'), chapter);
    await expect.poll(() => sessionOf(first).map(verbOf)).toContain('progressed');
    const progressed = sessionOf(first).find((s) => verbOf(s) === 'progressed')!;
    expect(progressed.result?.extensions?.[PROGRESS]).toBe(Math.floor(100 / manifest.chapters.length));
    expect(errors).toEqual([]);
    await leave(page, first);
    await close();
    expect(sessionOf(first).map(verbOf)).toEqual(['initialized', 'progressed', 'terminated']);
    expect(cmi5Problems(sessionOf(first), first)).toEqual([]);
  }, 120_000);

  it('a later session: completed and passed once every chapter is read and passed, by the course’s own grading', async () => {
    const second = lms.launch({ registration, learner });
    const { page, errors, close } = await openAu(second, { saved: genuineProgress(Date.now() - 86_400_000) });
    await expect.poll(() => sessionOf(second).map(verbOf), { timeout: 15_000 }).toEqual(expect.arrayContaining(['completed', 'passed']));
    expect(errors).toEqual([]);
    await leave(page, second);
    await close();
    const session = sessionOf(second);
    expect(session.map(verbOf)).toEqual(['initialized', 'completed', 'passed', 'terminated']);
    expect(session.find((s) => verbOf(s) === 'passed')!.result?.score?.scaled).toBe(1);
    expect(cmi5Problems(session, second, registrationOf(second, second))).toEqual([]);

    // And the next session of the registration sends neither again.
    const third = lms.launch({ registration, learner });
    const again = await openAu(third);
    await expect.poll(() => sessionOf(third).map(verbOf)).toEqual(['initialized']);
    await again.page.waitForTimeout(2000);
    await leave(again.page, third);
    await again.close();
    expect(sessionOf(third).map(verbOf)).toEqual(['initialized', 'terminated']);
    expect(cmi5Problems(sessionOf(third), third, registrationOf(third, third))).toEqual([]);
  }, 90_000);

  it('another learner’s progress in the browser does not pass; a failed test sends failed', async () => {
    // Learner 8 opens in a browser holding learner 7's passing progress (under the default key, as an import leaves it).
    const launch = lms.launch({ registration: 'a3b1c2d4-0000-4000-8000-000000000002', learner: 'learner-8' });
    const context = await browser.newContext({ locale: 'zh-CN' });
    await context.addInitScript((value) => localStorage.setItem('courseware:progress', value), JSON.stringify({ state: genuineProgress(Date.now() - 86_400_000), version: PROGRESS_VERSION }));
    const page = await context.newPage();
    await page.goto(launch.url);
    await expect.poll(() => sessionOf(launch).map(verbOf)).toEqual(['initialized']);
    await page.waitForTimeout(2500);
    expect(sessionOf(launch).map(verbOf)).toEqual(['initialized']);

    const failedId = 'kpis';
    await page.evaluate((id) => (window.location.hash = `#/learn/${id}`), failedId);
    await page.locator('#chapter-test').waitFor();
    await takeChapterTest(page.locator('#chapter-test'), chapters.get(`zh-CN/${failedId}`)!, 0);
    await expect.poll(() => sessionOf(launch).map(verbOf)).toContain('failed');
    await leave(page, launch);
    await context.close();
    expect(sessionOf(launch).map(verbOf)).toEqual(['initialized', 'failed', 'terminated']);
    expect(cmi5Problems(sessionOf(launch), launch)).toEqual([]);
  }, 90_000);

  it('Browse mode: initialized and terminated only', async () => {
    const browse = lms.launch({ registration: 'a3b1c2d4-0000-4000-8000-000000000003', learner: 'learner-9', launchMode: 'Browse' });
    const { page, close } = await openAu(browse, { saved: genuineProgress(Date.now() - 86_400_000) });
    await expect.poll(() => sessionOf(browse).map(verbOf)).toEqual(['initialized']);
    await page.waitForTimeout(2500);
    await leave(page, browse);
    await close();
    expect(sessionOf(browse).map(verbOf)).toEqual(['initialized', 'terminated']);
    expect(cmi5Problems(sessionOf(browse), browse)).toEqual([]);
  }, 60_000);
});
