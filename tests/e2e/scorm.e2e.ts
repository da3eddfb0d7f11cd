import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Nodes } from 'hast';
import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Chapter, CourseManifest, QuizBlock } from '../../src/content/types.ts';
import { compileContentDir } from '../../src/content/vite/read-content.ts';
import { checkScormManifest } from '../../src/lms/package/manifest-rules.ts';
import { parseXml } from '../../src/lms/package/parse-xml.ts';
import { decodeSnapshot, SUSPEND_DATA_LIMIT } from '../../src/lms/suspend-data.ts';
import { PROGRESS_STORAGE_KEY, PROGRESS_VERSION } from '../../src/progress/progress-data.ts';
import type { ProgressData } from '../../src/progress/progress-schema.ts';
import { launchBrowser } from './browser.ts';
import { PACKAGE_PATH, startScormHost } from './scorm-host.ts';
import { scormZip, unzipPackage } from './scorm-package.ts';

/** The chapter taken through the course UI: the one with the fewest slides. */
const CHAPTER_ID = 'processes';
const SEEN_DWELL_MS = 1000;

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
let chapter: Chapter;
let quizzes: QuizBlock[];
let entries: string[];
let packageDir: string;
let host: { url: string; close: () => Promise<void> };
let removePackage: () => void;

beforeAll(async () => {
  const compiled = compileContentDir(path.resolve(import.meta.dirname, '../../content'));
  manifest = compiled.manifest!;
  chapter = compiled.chapters.get(`zh-CN/${CHAPTER_ID}`)!;
  quizzes = chapter.test;
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

/** A new browser profile opening the host page; `cmi` is what the LMS holds for the learner. */
async function openLms(cmi?: unknown, localProgress?: ProgressData): Promise<{ context: BrowserContext; page: Page; course: FrameLocator; errors: string[] }> {
  const context = await browser.newContext({ baseURL: host.url, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
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

function hastText(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return node.type === 'root' || node.type === 'element' ? node.children.map(hastText).join('') : '';
}

const squash = (text: string) => text.replace(/\s+/g, '');

/** Answers every question of the chapter test rightly, through its controls. */
async function passChapterTest(course: FrameLocator): Promise<void> {
  const questions = course.locator('#chapter-test li.chapter-test-question');
  await expect(questions.count()).resolves.toBe(quizzes.length);
  for (const [index, quiz] of quizzes.entries()) {
    const question = questions.nth(index);
    switch (quiz.kind) {
      case 'single':
      case 'multiple':
        for (const option of quiz.options.filter((o) => o.correct)) await question.locator(`input[value="${option.id}"]`).check();
        break;
      case 'truefalse':
        await question.locator(`input[value="${quiz.answer}"]`).check();
        break;
      case 'numeric':
        await question.locator('input[inputmode="decimal"]').fill(String(quiz.answer));
        break;
      case 'order': {
        const wanted = quiz.items.map((item) => squash(hastText(item.content)));
        const items = question.locator('li.quiz-order-item');
        for (let target = 0; target < wanted.length; target++) {
          const shown = (await items.locator('.quiz-order-text').allInnerTexts()).map(squash);
          for (let at = shown.indexOf(wanted[target]!); at > target; at--) {
            await items.nth(at).locator('button').first().click();
          }
        }
        break;
      }
    }
  }
  await course.locator('#chapter-test button[type="submit"]').click();
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
    const { context, page, course, errors } = await openLms();
    const title = manifest.chapters.find((c) => c.id === CHAPTER_ID)!.locales['zh-CN']!.title;
    await course.getByRole('link', { name: title }).first().click();
    await course.getByRole('heading', { level: 1, name: title }).waitFor();
    await course.locator('.lesson-slides:not([aria-busy])').waitFor();
    expect(courseUrl(page)).toMatch(new RegExp(`index\\.html#/learn/${CHAPTER_ID}$`));
    await page.waitForFunction(() => (window as unknown as HostWindow).lmsEvents.includes('LMSInitialize'));

    // Read the lesson: every slide stays in view long enough to count as seen.
    const sections = course.locator('section.lesson-slide');
    expect(await sections.count()).toBe(chapter.slides.length);
    for (let i = 0; i < chapter.slides.length; i++) {
      await sections.nth(i).evaluate((element) => element.scrollIntoView({ block: 'center' }));
      await page.waitForTimeout(SEEN_DWELL_MS + 250);
    }
    await passChapterTest(course);
    await course.locator('#chapter-test [role="status"]').filter({ hasText: /\S/ }).waitFor();

    await page.waitForFunction(
      (count) => Number((window as unknown as HostWindow).API.LMSGetValue('cmi.interactions._count')) >= count,
      quizzes.length,
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
    expect(interactions.map((i) => i.id)).toEqual(quizzes.map((q) => q.id));
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
              attempts: [{ id: `earlier-${c.id}`, at, score: 0.9, answers: {}, quizIds: c.quizIds }],
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
