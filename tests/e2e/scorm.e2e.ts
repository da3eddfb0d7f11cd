import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Chapter, CourseManifest } from '../../src/content/types.ts';
import { compileContentDir } from '../../src/content/files/read-content.ts';
import { checkScormManifest } from '../../src/lms/package/manifest-rules.ts';
import { parseXml } from '../../src/lms/package/parse-xml.ts';
import { SCHEMA_FILES } from '../../src/lms/package/scorm-manifest.ts';
import { decodeSnapshot, SUSPEND_DATA_LIMIT } from '../../src/lms/suspend-data.ts';
import { PROGRESS_STORAGE_KEY, PROGRESS_VERSION } from '../../src/progress/progress-data.ts';
import type { ProgressData } from '../../src/progress/progress-schema.ts';
import { drawTest } from '../../src/quiz/test-draw.ts';
import { launchBrowser } from './browser.ts';
import { readChapter, rightAnswers, takeChapterTest, testSize } from './chapter-test.ts';
import { PACKAGE_PATH, startScormHost, WRONG_TYPE_PATH } from './scorm-host.ts';
import { scormZip, unzipPackage } from './scorm-package.ts';

/** The chapter taken through the course UI: its test bank asks for orderings as well as choices and numbers. */
const CHAPTER_ID = 'processes';

interface CmiInteraction {
  id: string;
  type: string;
  student_response: string;
  result: string;
  time: string;
  weighting: string;
  latency: string;
  correct_responses: Record<string, { pattern: string }>;
}

interface CmiObjective {
  id: string;
  status: string;
  score: { raw: string; min: string; max: string };
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
  objectives: Record<string, CmiObjective>;
}

interface HostWindow {
  API: { LMSGetValue(element: string): string; renderCommitCMI(terminate: boolean): { cmi: Cmi } };
  lmsEvents: string[];
  initialCmi?: unknown;
  hostOptions?: { refuseInit?: boolean; refuseSet?: boolean };
  refuseSet: boolean;
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

interface OpenOptions {
  cmi?: unknown;
  /** Saved in the browser before the course opens: key → progress. */
  saved?: Record<string, ProgressData>;
  clock?: boolean;
  hostOptions?: HostWindow['hostOptions'];
}

/** A new browser profile opening the host page; `cmi` is what the LMS holds for the learner. */
async function openLms(options: OpenOptions = {}): Promise<{ context: BrowserContext; page: Page; course: FrameLocator; errors: string[] }> {
  const context = await browser.newContext({ baseURL: host.url, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  if (options.clock) await context.clock.install();
  await context.addInitScript(
    ({ initial, saved, hostOptions }) => {
      if (window !== window.top) return;
      if (initial !== null) (window as unknown as HostWindow).initialCmi = initial;
      (window as unknown as HostWindow).hostOptions = hostOptions;
      if (saved !== null && sessionStorage.getItem('seeded') === null) {
        for (const [key, value] of Object.entries(saved)) localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    },
    {
      initial: options.cmi ?? null,
      hostOptions: options.hostOptions ?? {},
      saved:
        options.saved === undefined
          ? null
          : Object.fromEntries(Object.entries(options.saved).map(([key, state]) => [key, JSON.stringify({ state, version: PROGRESS_VERSION })])),
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

function lmsValue(page: Page, element: string): Promise<string> {
  return page.evaluate((name) => (window as unknown as HostWindow).API.LMSGetValue(name), element);
}

/** What the LMS hands the course on the next launch after a session. */
function nextLaunch(saved: Cmi, studentId = 'learner-1') {
  return {
    core: {
      student_id: studentId,
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

/** A first launch (or a new attempt: the LMS starts it with no suspend_data) for `studentId`. */
function firstLaunch(studentId: string) {
  return {
    core: { student_id: studentId, student_name: 'Learner, Test', entry: 'ab-initio', lesson_status: 'not attempted' },
    student_data: { mastery_score: '80' },
  };
}

/** Where the package keeps this learner's progress for the attempt `suspend_data` names. */
function storageKey(studentId: string, suspendData: string): string {
  const attempt = suspendData.split('.')[1]!;
  return `${PROGRESS_STORAGE_KEY}:lms:${manifest.courseId}:${encodeURIComponent(studentId)}:${attempt}`;
}

/** Every chapter genuinely read (each slide after the last, over its reading time) and its test passed with the right answers. */
function genuineProgress(start: number): ProgressData {
  return {
    profile: null,
    lastPosition: null,
    outbox: [],
    chapters: Object.fromEntries(
      manifest.chapters.map((c) => {
        const compiled = compiledChapters.get(`zh-CN/${c.id}`)!;
        let at = start;
        const seen = Object.fromEntries(compiled.slides.map((slide) => [slide.id, (at += slide.readingMs)]));
        const seed = 7;
        return [
          c.id,
          { seen, attempts: [{ id: `real-${c.id}`, at: at + 60_000, score: 1, answers: rightAnswers(compiled, seed), quizIds: drawTest(compiled.test, seed, testSize()), seed }], completedAt: at + 60_000 },
        ];
      }),
    ),
  };
}

/** The same progress with every test "passed" by a claimed score: no answers behind it. */
function forgedProgress(start: number): ProgressData {
  const genuine = genuineProgress(start);
  for (const record of Object.values(genuine.chapters)) for (const attempt of record.attempts) attempt.answers = {};
  return genuine;
}

describe('the SCORM 1.2 package', () => {
  it('is a valid SCORM 1.2 package: manifest rules, the ADL schemas, nothing of the server', async () => {
    expect(entries).toContain('imsmanifest.xml');
    expect(entries).toContain('index.html');
    for (const schema of SCHEMA_FILES) expect(entries).toContain(schema);
    const xml = readFileSync(path.join(packageDir, 'imsmanifest.xml'), 'utf8');
    expect(checkScormManifest(await parseXml(xml), entries)).toEqual([]);
    // The manifest names the schemas, and validates against them (the three namespaces it uses).
    expect(xml).toContain('xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd');
    const all = path.join(packageDir, 'validate-all.xsd');
    writeFileSync(
      all,
      `<?xml version="1.0"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <xsd:import namespace="http://www.imsproject.org/xsd/imscp_rootv1p1p2" schemaLocation="imscp_rootv1p1p2.xsd"/>
  <xsd:import namespace="http://www.adlnet.org/xsd/adlcp_rootv1p2" schemaLocation="adlcp_rootv1p2.xsd"/>
  <xsd:import namespace="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1" schemaLocation="imsmd_rootv1p2p1.xsd"/>
</xsd:schema>`,
    );
    const validation = execFileSync('xmllint', ['--noout', '--schema', all, path.join(packageDir, 'imsmanifest.xml')], { encoding: 'utf8', stdio: 'pipe' });
    expect(validation).toBe('');
    expect(entries.some((name) => /(^|\/)(sw\.js|manifest\.webmanifest)$/.test(name))).toBe(false);
    // No manager, cohort-join or live-classroom code: those need the course server.
    const scripts = entries.filter((name) => name.endsWith('.js')).map((name) => readFileSync(path.join(packageDir, name), 'utf8'));
    for (const needle of ['/api/join', '/api/manager', '/api/live', '/api/events']) expect(scripts.some((code) => code.includes(needle)), needle).toBe(false);
  });
});

describe('SCORM 1.2 package in an LMS', () => {
  let saved: Cmi;

  it('reports a chapter read and passed: objectives, interactions by stable ids, suspended on exit', async () => {
    const { context, page, course, errors } = await openLms({ clock: true, cmi: firstLaunch('learner-1') });
    const title = manifest.chapters.find((c) => c.id === CHAPTER_ID)!.locales['zh-CN']!.title;
    await course.getByRole('link', { name: title }).first().click();
    await course.getByRole('heading', { level: 1, name: title }).waitFor();
    await course.locator('.lesson-slides:not([aria-busy])').waitFor();
    expect(courseUrl(page)).toMatch(new RegExp(`index\\.html#/learn/${CHAPTER_ID}$`));
    await page.waitForFunction(() => (window as unknown as HostWindow).lmsEvents.includes('LMSInitialize'));
    await expect.poll(() => lmsValue(page, 'cmi.suspend_data')).toMatch(/^c2\.[0-9a-z]{8}\./);
    const key = storageKey('learner-1', await lmsValue(page, 'cmi.suspend_data'));

    await readChapter(page, chapter, course, key);
    const { questions } = await takeChapterTest(course.locator('#chapter-test'), chapter);
    await course.locator('#chapter-test p.visually-hidden[role="status"]').filter({ hasText: /\S/ }).waitFor();

    await page.waitForFunction(
      (count) => Number((window as unknown as HostWindow).API.LMSGetValue('cmi.interactions._count')) >= count,
      questions.length,
    );
    await expect.poll(() => lmsValue(page, `cmi.objectives.${manifest.chapters.findIndex((c) => c.id === CHAPTER_ID)}.status`)).toBe('passed');
    const during = await readCmi(page);
    expect(during.core.lesson_status).toBe('incomplete');
    // The score is withheld until the whole course is complete (see README, "LMS export").
    expect(during.core.score.raw).toBe('');
    expect(during.suspend_data.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    const snapshot = decodeSnapshot(during.suspend_data, manifest)!;
    expect(snapshot.chapters).toMatchObject([{ chapterId: CHAPTER_ID, seenSlideIds: chapter.slides.map((s) => s.id), bestScore: 1, read: true, completed: true }]);
    expect(during.core.lesson_location).toMatch(new RegExp(`^${CHAPTER_ID}/`));

    // One objective per chapter, in course order: this one passed with its score, the others not attempted.
    const objectives = Object.values(during.objectives);
    expect(objectives.map((o) => o.id)).toEqual(manifest.chapters.map((c) => c.id));
    for (const objective of objectives) {
      if (objective.id === CHAPTER_ID) expect(objective).toMatchObject({ status: 'passed', score: { raw: '100', min: '0', max: '100' } });
      else expect(objective.status).toBe('not attempted');
    }

    // Keyed by the bank questions the attempt drew; answers are the options' authored ids, however shown.
    const interactions = Object.values(during.interactions);
    expect(interactions.map((i) => i.id)).toEqual(questions.map((q) => q.id));
    for (const i of interactions) {
      const quiz = chapter.test.find((q) => q.id === i.id)!;
      expect(i.result).toBe('correct');
      expect(i.weighting).toBe('1');
      expect(i.time).toMatch(/^\d{2}:\d{2}:\d{2}$/);
      // From the attempt's first answer to its submission, as a CMITimespan (the LMS may shorten the hours).
      expect(i.latency).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
      if (quiz.kind === 'single' || quiz.kind === 'multiple') {
        expect(i.type).toBe('choice');
        expect(i.student_response.split(',')).toEqual(quiz.options.filter((o) => o.correct).map((o) => o.id));
        expect(i.correct_responses['0']!.pattern).toBe(i.student_response);
      } else if (quiz.kind === 'order') {
        expect(i.type).toBe('sequencing');
        expect(i.student_response).toBe(quiz.items.map((item) => item.id).join(','));
      } else {
        expect(['true-false', 'numeric']).toContain(i.type);
      }
    }

    // The LMS closes the course: it commits and finishes, suspended for the next launch.
    await page.evaluate(() => document.querySelector('iframe')!.remove());
    await page.waitForFunction(() => (window as unknown as HostWindow).lmsEvents.includes('LMSFinish'));
    saved = await readCmi(page);
    expect(saved.core.exit).toBe('suspend');
    expect(saved.core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    expect(saved.core.session_time).not.toMatch(/^0+:00:00/);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('resumes on another computer from what the LMS kept: at the bookmark, the chapter complete', async () => {
    const { context, page, course, errors } = await openLms({ cmi: nextLaunch(saved) });
    const [bookmarkChapter, bookmarkSlide] = saved.core.lesson_location.split('/');
    await course.locator(`section#slide-${bookmarkSlide}`).waitFor();
    expect(courseUrl(page)).toMatch(new RegExp(`index\\.html#/learn/${bookmarkChapter}/${bookmarkSlide}$`));

    await course.locator('a.brand').click();
    const card = course.locator('article.chapter-card', { has: course.locator(`#card-${CHAPTER_ID}`) });
    await card.locator('.chapter-complete').waitFor();

    // The progress page exports, but inside the package a file cannot feed the LMS's record.
    await course.getByRole('link', { name: '学习进度' }).click();
    await course.getByRole('button', { name: '导出 JSON（可导入）' }).waitFor();
    expect(await course.locator('input[type="file"]').count()).toBe(0);

    const cmi = await readCmi(page);
    expect(cmi.core.lesson_status).toBe('incomplete');
    // The same attempt goes on.
    expect(cmi.suspend_data.split('.')[1]).toBe(saved.suspend_data.split('.')[1]);
    expect(decodeSnapshot(cmi.suspend_data, manifest)!.chapters).toEqual(decodeSnapshot(saved.suspend_data, manifest)!.chapters);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('reports failed when a chapter test is failed, with the chapter objective failed', async () => {
    // A chapter whose bank asks no ordering question, so every answer given can be wrong.
    const failedId = 'kpis';
    const { context, page, course, errors } = await openLms({ cmi: firstLaunch('learner-3') });
    await course.locator('a.brand').waitFor();
    await page.evaluate((id) => {
      document.querySelector('iframe')!.contentWindow!.location.hash = `#/learn/${id}`;
    }, failedId);
    await course.locator('#chapter-test').waitFor();
    const taken = await takeChapterTest(course.locator('#chapter-test'), compiledChapters.get(`zh-CN/${failedId}`)!, 0);
    expect(taken.passed).toBe(false);
    await expect.poll(() => lmsValue(page, 'cmi.core.lesson_status'), { timeout: 15_000 }).toBe('failed');
    const cmi = await readCmi(page);
    const objective = Object.values(cmi.objectives).find((o) => o.id === failedId)!;
    expect(objective).toMatchObject({ status: 'failed', score: { raw: '0' } });
    expect(cmi.core.exit).toBe('suspend');
    expect(Object.values(cmi.interactions).every((i) => i.result === 'wrong')).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});

describe('what the package believes', () => {
  const studentId = 'learner-2';
  let passedCmi: Cmi;

  it('does not pass on another learner’s progress or on claimed scores; passes on genuine answers', async () => {
    // Another learner's complete, genuine progress left in this browser (as by an import in the course app).
    const start = Date.now() - 2 * 86_400_000;
    const first = await openLms({ cmi: firstLaunch(studentId), saved: { [PROGRESS_STORAGE_KEY]: genuineProgress(start) } });
    await expect.poll(() => lmsValue(first.page, 'cmi.suspend_data')).toMatch(/^c2\./);
    await first.page.waitForTimeout(3500);
    let cmi = await readCmi(first.page);
    expect(cmi.core.lesson_status).toBe('incomplete');
    expect(cmi.core.score.raw).toBe('');
    expect(Object.values(cmi.objectives).every((o) => o.status === 'not attempted')).toBe(true);
    expect(Object.keys(cmi.interactions)).toHaveLength(0);
    await first.page.evaluate(() => document.querySelector('iframe')!.remove());
    await first.page.waitForFunction(() => (window as unknown as HostWindow).lmsEvents.includes('LMSFinish'));
    const afterFirst = await readCmi(first.page);
    await first.context.close();

    // This learner's own saved progress claims every test passed, but holds no answers that pass.
    const key = storageKey(studentId, afterFirst.suspend_data);
    const forged = await openLms({ cmi: nextLaunch(afterFirst, studentId), saved: { [key]: forgedProgress(start) } });
    await forged.page.waitForTimeout(3500);
    cmi = await readCmi(forged.page);
    expect(cmi.core.lesson_status).not.toBe('passed');
    expect(cmi.core.score.raw).toBe('');
    expect(Object.values(cmi.objectives).some((o) => o.status === 'passed')).toBe(false);
    await forged.context.close();

    // Real answers to the drawn questions, after real reading: graded here as the server would, passed.
    const genuine = await openLms({ cmi: nextLaunch(afterFirst, studentId), saved: { [key]: genuineProgress(start) } });
    await expect.poll(() => lmsValue(genuine.page, 'cmi.core.lesson_status'), { timeout: 15_000 }).toBe('passed');
    passedCmi = await readCmi(genuine.page);
    expect(passedCmi.core.score).toMatchObject({ raw: '100', min: '0', max: '100' });
    expect(Object.values(passedCmi.objectives).every((o) => o.status === 'passed')).toBe(true);
    // A finished attempt is not suspended.
    expect(passedCmi.core.exit).toBe('');
    expect(genuine.errors).toEqual([]);
    await genuine.context.close();
  }, 90_000);

  it('starts a new attempt clean, in the same browser', async () => {
    // The previous attempt's progress is still in this browser; the LMS starts a new attempt.
    const key = storageKey(studentId, passedCmi.suspend_data);
    const { context, page, course, errors } = await openLms({ cmi: firstLaunch(studentId), saved: { [key]: genuineProgress(Date.now() - 86_400_000) } });
    await expect.poll(() => lmsValue(page, 'cmi.suspend_data')).toMatch(/^c2\./);
    await page.waitForTimeout(3500);
    const cmi = await readCmi(page);
    expect(cmi.suspend_data.split('.')[1]).not.toBe(passedCmi.suspend_data.split('.')[1]);
    expect(cmi.core.lesson_status).toBe('incomplete');
    expect(decodeSnapshot(cmi.suspend_data, manifest)!.chapters).toEqual([]);
    expect(await course.locator('.chapter-complete').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});

describe('when the LMS is missing or failing, the learner is told', () => {
  const banner = (course: FrameLocator | Page) => course.locator('.lms-banner[role="alert"]');

  it('no LMS: opened outside one', async () => {
    const context = await browser.newContext({ baseURL: host.url, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${PACKAGE_PATH}index.html`);
    await banner(page).getByText('未连接到学习平台').waitFor();
    await banner(page).getByRole('button', { name: '重试' }).waitFor();
    await context.close();
  });

  it('LMSInitialize refused, and a reload after LMSFinish', async () => {
    const refused = await openLms({ cmi: firstLaunch('learner-4'), hostOptions: { refuseInit: true } });
    await banner(refused.course).getByText('学习平台拒绝了连接').waitFor();
    await refused.context.close();

    const { context, page, course } = await openLms({ cmi: firstLaunch('learner-4') });
    await page.waitForFunction(() => (window as unknown as HostWindow).lmsEvents.includes('LMSInitialize'));
    await course.locator('a.brand').waitFor();
    // The frame reloads: the first page finishes the session, the second finds it finished.
    await page.evaluate(() => document.querySelector('iframe')!.contentWindow!.location.reload());
    await banner(course).getByText('学习平台拒绝了连接').waitFor();
    await context.close();
  });

  it('every value refused: the notice, and a retry that records once the LMS takes values again', async () => {
    const { context, page, course } = await openLms({ cmi: firstLaunch('learner-5'), hostOptions: { refuseSet: true } });
    await banner(course).getByText('学习平台没有保存最近的学习进度').waitFor();
    expect(await lmsValue(page, 'cmi.suspend_data')).toBe('');
    await page.evaluate(() => {
      (window as unknown as HostWindow).refuseSet = false;
    });
    await banner(course).getByRole('button', { name: '重试' }).click();
    await banner(course).waitFor({ state: 'detached' });
    expect(await lmsValue(page, 'cmi.suspend_data')).toMatch(/^c2\./);
    await context.close();
  });
});

describe('a message instead of a blank page when the scripts cannot run', () => {
  it('served with .js as text/plain', async () => {
    const context = await browser.newContext({ baseURL: host.url });
    const page = await context.newPage();
    await page.goto(`${WRONG_TYPE_PATH}index.html`);
    await page.locator('.boot-failure[role="alert"]').getByText('text/javascript').first().waitFor();
    await context.close();
  });

  it('opened from unzipped files', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(pathToFileURL(path.join(packageDir, 'index.html')).href);
    await page.locator('.boot-failure[role="alert"]').getByText('Import the package into your learning platform').waitFor();
    await context.close();
  });
});
