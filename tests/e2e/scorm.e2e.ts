import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Chapter, CourseManifest } from '../../src/content/types.ts';
import { compileContentDir } from '../../src/content/files/read-content.ts';
import { checkScormManifest } from '../../src/lms/package/manifest-rules.ts';
import { parseXml } from '../../src/lms/package/parse-xml.ts';
import { decodeSnapshot, SUSPEND_DATA_LIMIT } from '../../src/lms/suspend-data.ts';
import { PROGRESS_STORAGE_KEY, PROGRESS_VERSION } from '../../src/progress/progress-data.ts';
import type { ProgressData } from '../../src/progress/progress-schema.ts';
import { drawTest } from '../../src/quiz/test-draw.ts';
import { launchBrowser } from './browser.ts';
import { readChapter, takeChapterTest } from './chapter-test.ts';
import { PACKAGE_PATH, startScormHost } from './scorm-host.ts';
import { scormZip, unzipPackage } from './scorm-package.ts';

/** The chapter taken through the course UI: its test bank asks for orderings as well as choices and numbers. */
const CHAPTER_ID = 'processes';

interface CmiInteraction {
  id: string;
  type: string;
  student_response: string;
  result: string;
  time: string;
}

interface Cmi {
  suspend_data: string;
  core: {
    entry: string;
    exit: string;
    lesson_status: string;
    lesson_location: string;
    session_time: string;
    score: { raw: string; min: string; max: string };
  };
  interactions: Record<string, CmiInteraction>;
}

interface HostWindow {
  API: { LMSGetValue(element: string): string; renderCommitCMI(terminate: boolean): { cmi: Cmi } };
  lmsEvents: string[];
  initialCmi?: unknown;
}

let browser: Browser;
let manifest: CourseManifest;
let compiledChapters: Map<string, Chapter>;
let chapter: Chapter;
let entries: string[];
let packageDir: string;
let host: { url: string; close: () => Promise<void> };
let removePackage: () => void;

beforeAll(async () => {
  const compiled = compileContentDir(path.resolve(import.meta.dirname, '../../content'));
  manifest = compiled.manifest!;
  compiledChapters = compiled.chapters;
  chapter = compiled.chapters.get(`zh-CN/${CHAPTER_ID}`)!;
  const unzipped = unzipPackage(scormZip(manifest.courseId));
  entries = unzipped.entries;
  packageDir = unzipped.dir;
  removePackage = unzipped.remove;
  host = await startScormHost(unzipped.dir);
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await host?.close();
  removePackage?.();
});

/**
 * A new browser profile opening the host page; `cmi` is what the LMS holds for the learner. With
 * `clock`, the page clock (of the host page and the course's frame) can be moved on.
 */
async function openLms(
  cmi?: unknown,
  localProgress?: ProgressData,
  options: { clock?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page; course: FrameLocator; errors: string[] }> {
  const context = await browser.newContext({ baseURL: host.url, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  if (options.clock) await context.clock.install();
  await context.addInitScript(
    ({ initial, key, saved }) => {
      if (window !== window.top) return;
      if (initial !== null) (window as unknown as HostWindow).initialCmi = initial;
      if (saved !== null) localStorage.setItem(key, saved);
    },
    {
      initial: cmi ?? null,
      key: PROGRESS_STORAGE_KEY,
      saved: localProgress === undefined ? null : JSON.stringify({ state: localProgress, version: PROGRESS_VERSION }),
    },
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('/host.html');
  return { context, page, course: page.frameLocator('iframe[title="course"]'), errors };
}

function courseUrl(page: Page): string {
  return page.frames().find((frame) => frame.url().includes(PACKAGE_PATH))?.url() ?? '';
}

function readCmi(page: Page): Promise<Cmi> {
  return page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as HostWindow).API.renderCommitCMI(true).cmi)) as Cmi);
}

/** What the LMS hands the course on the next launch after a suspended session. */
function nextLaunch(saved: Cmi) {
  return {
    core: {
      student_id: 'learner-1',
      student_name: 'Learner, Test',
      entry: saved.core.exit === 'suspend' ? 'resume' : '',
      lesson_status: saved.core.lesson_status,
      lesson_location: saved.core.lesson_location,
      score: { raw: saved.core.score.raw },
    },
    suspend_data: saved.suspend_data,
    student_data: { mastery_score: '80' },
  };
}

describe('SCORM 1.2 package in an LMS', () => {
  let saved: Cmi;

  it('is a valid SCORM 1.2 package', async () => {
    expect(entries).toContain('imsmanifest.xml');
    expect(entries).toContain('index.html');
    const xml = readFileSync(path.join(packageDir, 'imsmanifest.xml'), 'utf8');
    expect(checkScormManifest(await parseXml(xml), entries)).toEqual([]);
    expect(entries.some((name) => /(^|\/)(sw\.js|manifest\.webmanifest)$/.test(name))).toBe(false);
  });

  it('reports a chapter read and passed, and finishes when the course is closed', async () => {
    const { context, page, course, errors } = await openLms(undefined, undefined, { clock: true });
    const title = manifest.chapters.find((c) => c.id === CHAPTER_ID)!.locales['zh-CN']!.title;
    await course.getByRole('link', { name: title }).first().click();
    await course.getByRole('heading', { level: 1, name: title }).waitFor();
    await course.locator('.lesson-slides:not([aria-busy])').waitFor();
    expect(courseUrl(page)).toMatch(new RegExp(`index\\.html#/learn/${CHAPTER_ID}$`));
    await page.waitForFunction(() => (window as unknown as HostWindow).lmsEvents.includes('LMSInitialize'));

    // Read the lesson: every slide stays in view for its reading time (on the page clock).
    await readChapter(page, chapter, course);
    // The test: the questions this attempt drew from the chapter's bank, all answered rightly.
    const { questions } = await takeChapterTest(course.locator('#chapter-test'), chapter);
    // The score is announced (the other status on the section is the attempt rules' wait).
    await course.locator('#chapter-test p.visually-hidden[role="status"]').filter({ hasText: /\S/ }).waitFor();

    await page.waitForFunction(
      (count) => Number((window as unknown as HostWindow).API.LMSGetValue('cmi.interactions._count')) >= count,
      questions.length,
    );
    const during = await readCmi(page);
    expect(during.core.lesson_status).toBe('incomplete');
    // The score is withheld until the whole course is complete (see README, "LMS export").
    expect(during.core.score.raw).toBe('');
    expect(during.suspend_data.length).toBeGreaterThan(0);
    expect(during.suspend_data.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    const snapshot = decodeSnapshot(during.suspend_data, manifest)!;
    expect(snapshot.chapters).toEqual([{ chapterId: CHAPTER_ID, seenSlideIds: chapter.slides.map((s) => s.id), bestScore: 1, completed: true }]);
    expect(during.core.lesson_location).toMatch(new RegExp(`^${CHAPTER_ID}/`));
    const interactions = Object.values(during.interactions);
    // Keyed by the bank questions the attempt drew.
    expect(interactions.map((i) => i.id)).toEqual(questions.map((q) => q.id));
    expect(interactions.every((i) => i.result === 'correct')).toBe(true);
    for (const i of interactions) {
      expect(['choice', 'true-false', 'numeric', 'sequencing']).toContain(i.type);
      expect(i.time).toMatch(/^\d{2}:\d{2}:\d{2}$/);
      expect(i.student_response).not.toBe('');
    }

    // The LMS closes the course: it commits and finishes, suspended for the next launch.
    await page.evaluate(() => document.querySelector('iframe')!.remove());
    await page.waitForFunction(() => (window as unknown as HostWindow).lmsEvents.includes('LMSFinish'));
    saved = await readCmi(page);
    expect(saved.core.exit).toBe('suspend');
    expect(saved.core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    expect(saved.core.session_time).not.toMatch(/^0+:00:00/);
    expect(await page.evaluate(() => (window as unknown as HostWindow).lmsEvents.filter((e) => e === 'LMSCommit').length)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('resumes on another computer from what the LMS kept: at the bookmark, the chapter complete', async () => {
    const { context, page, course, errors } = await openLms(nextLaunch(saved));
    const [bookmarkChapter, bookmarkSlide] = saved.core.lesson_location.split('/');
    await course.locator(`section#slide-${bookmarkSlide}`).waitFor();
    expect(courseUrl(page)).toMatch(new RegExp(`index\\.html#/learn/${bookmarkChapter}/${bookmarkSlide}$`));

    // The skip link moves focus and leaves the hash route alone.
    await course.locator('a.skip-link').focus();
    await page.keyboard.press('Enter');
    await expect(course.locator('main').evaluate((main) => main === document.activeElement)).resolves.toBe(true);
    expect(courseUrl(page)).toMatch(new RegExp(`#/learn/${bookmarkChapter}/${bookmarkSlide}$`));

    await course.locator('a.brand').click();
    const card = course.locator('article.chapter-card', { has: course.locator(`#card-${CHAPTER_ID}`) });
    await card.locator('.chapter-complete').waitFor();
    await expect(card.getByRole('progressbar').getAttribute('aria-valuenow')).resolves.toBe('100');

    // The progress page exports, but inside the package a file cannot feed the LMS's record.
    await course.getByRole('link', { name: '学习进度' }).click();
    await course.getByRole('button', { name: '导出 JSON（可导入）' }).waitFor();
    expect(await course.locator('input[type="file"]').count()).toBe(0);
    expect(await course.getByText('导入 JSON 文件').count()).toBe(0);

    const cmi = await readCmi(page);
    expect(cmi.core.lesson_status).toBe('incomplete');
    expect(decodeSnapshot(cmi.suspend_data, manifest)!.chapters).toEqual(decodeSnapshot(saved.suspend_data, manifest)!.chapters);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('reports passed with the course score once every chapter is complete', async () => {
    const at = Date.now() - 86_400_000;
    const others: ProgressData = {
      profile: null,
      lastPosition: null,
      outbox: [],
      chapters: Object.fromEntries(
        manifest.chapters
          .filter((c) => c.id !== CHAPTER_ID)
          .map((c) => [
            c.id,
            {
              seen: Object.fromEntries(c.slideIds.map((id) => [id, at])),
              attempts: [{ id: `earlier-${c.id}`, at, score: 0.9, answers: {}, quizIds: drawTest(compiledChapters.get(`zh-CN/${c.id}`)!.test, 1, c.testSize), seed: 1 }],
              completedAt: at,
            },
          ]),
      ),
    };
    const { context, page, errors } = await openLms(nextLaunch(saved), others);
    await page.waitForFunction(() => (window as unknown as HostWindow).API.LMSGetValue('cmi.core.lesson_status') === 'passed');
    const cmi = await readCmi(page);
    // Nine chapters at 90 % and this one at 100 %.
    expect(cmi.core.score.raw).toBe('91');
    expect(cmi.core.score.min).toBe('0');
    expect(cmi.core.score.max).toBe('100');
    const snapshot = decodeSnapshot(cmi.suspend_data, manifest)!;
    expect(snapshot.chapters.filter((c) => c.completed)).toHaveLength(manifest.chapters.length);
    expect(cmi.suspend_data.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
