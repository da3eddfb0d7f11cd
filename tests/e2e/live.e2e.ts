/**
 * The live classroom end to end: a presenter (signed-in manager) and three trainees on phones,
 * each in its own browser context, against the real course server.
 *
 * The server is started here (buildApp on 127.0.0.1, a fresh embedded database in a temporary
 * folder, a manager created with the server's own function), serving the build in
 * LIVE_DIST_DIR or dist/.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { loadCourse } from '../../src/server/course-loader.ts';
import { openDatabase } from '../../src/server/db/index.ts';
import type { Database } from '../../src/server/db/types.ts';
import { createManager } from '../../src/server/people/managers.ts';
import { launchBrowser } from './browser.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = path.resolve(ROOT, process.env.LIVE_DIST_DIR ?? 'dist');
const EMAIL = 'presenter@example.com';
const PASSWORD = 'live classroom pass';

let browser: Browser;
let app: FastifyInstance;
let db: Database;
let dataDir: string;
let base: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'live-e2e-'));
  db = await openDatabase({ dataDir });
  await createManager(db, { email: EMAIL, name: '王老师', password: PASSWORD });
  app = await buildApp({ db, course: loadCourse(path.join(ROOT, 'content')), staticDir: DIST });
  await app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await app?.close();
  await db?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

interface Opened {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

async function open(options: Parameters<Browser['newContext']>[0] = {}): Promise<Opened> {
  const context = await browser.newContext({ baseURL: base, locale: 'zh-CN', ...options });
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { context, page, errors };
}

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const slideHeading = (page: Page) => page.locator('article.live-slide h2');

describe('live classroom', () => {
  it('a presenter drives three phones: follow, poll, reveal, export, end', { timeout: 180_000 }, async () => {
    const manifest = loadCourse(path.join(ROOT, 'content')).manifest;
    const chapter = manifest.chapters.find((c) => c.id === 'overview')!;
    const slides = chapter.slideIds;
    // overview: slide 3 ("bridge") holds a single-choice quiz.
    const quizIndex = 2;

    const presenter = await open({ viewport: { width: 1440, height: 900 } });
    const login = await presenter.context.request.post('/api/manager/login', { data: { email: EMAIL, password: PASSWORD } });
    expect(login.status()).toBe(200);
    await presenter.page.goto(`/presenter/overview/${slides[0]}`);
    const panel = presenter.page.getByRole('region', { name: '课堂互动' });
    await panel.getByRole('button', { name: '开启课堂互动' }).click();
    const code = (await panel.locator('.live-code').textContent())!.trim();
    expect(code).toMatch(/^[2346789ABCDEFGHJKMNPQRTUVWXYZ]{6}$/);
    const qr = panel.getByRole('img', { name: `扫码加入课堂互动：${base}/live/${code}` });
    await qr.waitFor();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);

    // The projector window, in the presenter's browser: the join card is shown on it.
    const projector = await presenter.context.newPage();
    await projector.goto(`/present/overview/${slides[0]}`);
    await projector.getByRole('complementary', { name: '加入课堂互动' }).getByText(code, { exact: true }).waitFor();

    const names = ['张三', '李四', 'Wang Wu'];
    const phones: Opened[] = [];
    for (const name of names) {
      const phone = await open(PHONE);
      await phone.page.goto(`/live/${code.toLowerCase()}`);
      await phone.page.getByLabel('你的显示名称').fill(name);
      await phone.page.getByRole('button', { name: '加入' }).click();
      await slideHeading(phone.page).waitFor();
      phones.push(phone);
    }
    await panel.getByText('3 人在线 · 共 3 人加入').waitFor();

    // Follow the presenter to the quiz slide.
    await presenter.page.locator('.presenter-current .slide-stage').focus();
    for (let i = 0; i < quizIndex; i++) await presenter.page.keyboard.press('ArrowRight');
    await presenter.page.waitForURL(`**/presenter/overview/${slides[quizIndex]}`);
    await presenter.page.locator('.presenter-counter').getByText(`${quizIndex + 1} / ${slides.length}`).waitFor();
    const quizTitle = (await presenter.page.locator('.presenter-current h2.slide-title').textContent())!;
    for (const phone of phones) await expect.poll(() => slideHeading(phone.page).textContent()).toBe(quizTitle);

    // A reloaded phone keeps its seat and resumes at the current slide.
    await phones[1]!.page.reload();
    await expect.poll(() => slideHeading(phones[1]!.page).textContent()).toBe(quizTitle);
    expect(await phones[1]!.page.getByLabel('你的显示名称').count()).toBe(0);

    // A phone scrolled down the slide, as trainees read on while the presenter talks.
    await phones[0]!.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));

    // Open the slide's quiz as a poll with a countdown: it takes over every phone's screen.
    await panel.getByLabel('倒计时').selectOption('90');
    await panel.getByRole('button', { name: '开启投票' }).click();
    await panel.getByRole('timer', { name: '投票剩余时间' }).waitFor();
    const takeover = (page: Page) => page.getByRole('region', { name: '投票 1' });
    for (const phone of phones) {
      const poll = takeover(phone.page);
      await poll.waitFor();
      // On screen at once, whatever the phone was showing, with the question and the time left.
      const box = (await poll.boundingBox())!;
      expect(box.y).toBeLessThan(PHONE.viewport.height / 2);
      expect(await poll.getByRole('timer', { name: '投票剩余时间' }).textContent()).toMatch(/^剩余 1:(2\d|30)$/);
      expect(await slideHeading(phone.page).count()).toBe(0);
      expect(await phone.page.evaluate(() => document.activeElement?.textContent)).toBe('投票 1');
    }
    await phones[0]!.page.screenshot({ path: 'test-results/screenshots/live_poll_takeover_phone.png' });
    const audit = await new AxeBuilder({ page: phones[0]!.page }).options({ resultTypes: ['violations'] }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(audit.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // Every phone answers, one changes its mind.
    const picks = [0, 1, 2];
    for (const [i, phone] of phones.entries()) {
      const poll = takeover(phone.page);
      await poll.getByRole('radio').nth(picks[i]!).check();
      await poll.getByRole('button', { name: '提交答案' }).click();
      await poll.getByText('已收到你的答案。投票结束前可以修改。').waitFor();
    }
    await panel.getByText('已收到 3 份答案（共 3 人加入）').waitFor();
    const changed = takeover(phones[2]!.page);
    await changed.getByRole('radio').nth(0).check();
    await changed.getByRole('button', { name: '修改答案' }).click();
    await changed.getByText('已收到你的答案。投票结束前可以修改。').waitFor();
    await panel.getByText('已收到 3 份答案（共 3 人加入）').waitFor();
    // Nothing is shown before the reveal.
    expect(await phones[0]!.page.getByRole('list', { name: '各选项人数' }).count()).toBe(0);

    // A trainee may look at the slide while the poll runs, and come back to it.
    const glancer = phones[1]!.page;
    await takeover(glancer).getByRole('button', { name: '先看幻灯片' }).click();
    await expect.poll(() => slideHeading(glancer).textContent()).toBe(quizTitle);
    await glancer.getByRole('region', { name: '课堂投票 · 进行中' }).waitFor();
    await glancer.getByRole('button', { name: '回到投票' }).click();
    await takeover(glancer).getByRole('radio', { checked: true }).waitFor();

    // Closing the poll gives every phone its slide back.
    await panel.getByRole('button', { name: '结束投票' }).click();
    for (const phone of phones) {
      await phone.page.getByRole('region', { name: '课堂投票 · 已结束' }).waitFor();
      expect(await takeover(phone.page).count()).toBe(0);
      await expect.poll(() => slideHeading(phone.page).textContent()).toBe(quizTitle);
    }
    await panel.getByRole('button', { name: '公布结果' }).click();
    for (const phone of phones) {
      const key = phone.page.getByRole('list', { name: '各选项人数' });
      await key.waitFor();
      expect(await key.locator('.live-key-correct').count()).toBeGreaterThanOrEqual(1);
      await phone.page.getByText(/3 人中有 \d 人答对。/).first().waitFor();
    }
    const firstKey = phones[0]!.page.getByRole('list', { name: '各选项人数' }).getByRole('listitem').first();
    expect(await firstKey.textContent()).toContain('2 人');
    // On the projector too, over the quiz slide it follows.
    await projector.waitForURL(`**/present/overview/${slides[quizIndex]}`);
    await projector.getByRole('region', { name: '投票结果' }).getByRole('list', { name: '各选项人数' }).waitFor();

    // A trainee pages back on their own and returns to the live slide.
    const reader = phones[0]!.page;
    await reader.getByRole('button', { name: /上一页/ }).click();
    await expect.poll(() => slideHeading(reader).textContent()).not.toBe(quizTitle);
    await reader.getByText('自行浏览').waitFor();
    await reader.getByRole('button', { name: /回到讲师当前页/ }).click();
    await expect.poll(() => slideHeading(reader).textContent()).toBe(quizTitle);

    // The export: one row per answer, formula-safe, with a byte-order mark.
    const csv = await presenter.context.request.get(`/api/live/rooms/${code}/results.csv?locale=en`);
    expect(csv.status()).toBe(200);
    const text = (await csv.body()).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    // One row per participant (questions and options are written out, so columns are not split here).
    for (const name of names) expect(lines.slice(1).filter((line) => line.includes(`,${name},`))).toHaveLength(1);

    // Another browser (a participant) cannot drive the room.
    const hijack = await phones[0]!.context.request.post(`/api/live/rooms/${code}/slide`, { data: { slideId: slides[0] } });
    expect(hijack.status()).toBe(401);

    await panel.getByRole('button', { name: '结束课堂互动' }).click();
    await panel.getByRole('button', { name: '确认结束' }).click();
    for (const phone of phones) await phone.page.getByRole('heading', { level: 1, name: '本场课堂互动已结束' }).waitFor();
    const late = await open(PHONE);
    await late.page.goto(`/live/${code}`);
    await late.page.getByRole('heading', { level: 1, name: '本场课堂互动已结束' }).waitFor();

    // The only console errors allowed are the refused requests the test made on purpose.
    for (const { errors } of [presenter, ...phones]) {
      expect(errors.filter((e) => !/status of (401|410)/.test(e))).toEqual([]);
    }
  });
});
