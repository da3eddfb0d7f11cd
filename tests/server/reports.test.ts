// @vitest-environment node
import { beforeAll, expect, it } from 'vitest';
import type { Cohort } from '../../src/server/people/cohorts.ts';
import type { Matrix } from '../../src/server/reports/matrix.ts';
import { compiledCourse, courseManifest, sampleChapter } from './helpers/course.ts';
import { readChapter, slideSeen, testAttempt } from './helpers/events.ts';
import { describeEachDatabase, type JoinedLearner, type ManagerSession } from './helpers/harness.ts';

const DAY = 86_400_000;
const readingTime = (chapterId: string) =>
  compiledCourse().chapters.get(`zh-CN/${chapterId}`)!.slides.reduce((sum, slide) => sum + slide.readingMs, 0);

describeEachDatabase('manager reports: matrix, learner detail, CSV export', (h) => {
  let manager: ManagerSession;
  let cohort: Cohort;
  let alice: JoinedLearner;
  let zhang: JoinedLearner;
  let t: number;
  let zhangLast: number;
  const chapters = () => courseManifest().chapters.filter((c) => c.slideIds.length > 0);

  beforeAll(async () => {
    manager = await h().manager('Owner');
    // A due date long past: no longer settable through the API, so set in the database.
    cohort = await h().cohort(manager, { name: '华东 "新人", 2020' });
    await h().db.query(`UPDATE cohorts SET due_date = '2020-12-31' WHERE id = $1`, [cohort.id]);
    alice = await h().join(cohort, { displayName: 'Alice', employeeId: 'E1', team: 'North' });
    zhang = await h().join(cohort, { displayName: '张伟', employeeId: 'E2', team: 'South' });
    await h().join(cohort, { displayName: 'Bob', employeeId: 'E3', team: 'North' });
    t = Date.UTC(2024, 4, 1, 2, 30);
    zhangLast = t + 20 * 60_000;
    const all = chapters();
    // Alice reads every chapter and passes each test (4 of 5 right); the first test at exactly t.
    const aliceEvents = all.flatMap((chapter, i) => {
      const passAt = t + i * DAY;
      const reading = readChapter(chapter.id, passAt - 60_000 - readingTime(chapter.id));
      return [...reading.events, testAttempt(chapter.id, passAt, { seed: i, right: 4 })];
    });
    expect((await h().postEvents(alice, aliceEvents)).statusCode).toBe(200);
    const { chapter, slides } = sampleChapter();
    const zhangEvents = [
      slideSeen(chapter.id, slides[0]!, t + 5),
      slideSeen(chapter.id, slides[1]!, t + 6),
      testAttempt(chapter.id, t + 7, { seed: 1, right: 2, claimed: 0.4 }),
      testAttempt(chapter.id, zhangLast, { seed: 2, right: 3, claimed: 1 }),
    ];
    expect((await h().postEvents(zhang, zhangEvents)).statusCode).toBe(200);
  });

  const matrix = async (query = '', who = manager) => {
    const res = await h().app.inject({ method: 'GET', url: `/api/manager/cohorts/${cohort.id}/matrix${query}`, headers: { cookie: who.cookie } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Matrix>();
  };
  const names = (m: Matrix) => m.learners.map((l) => l.displayName);

  it('lays out learners × chapters with status, overdue and per-chapter cells', async () => {
    const m = await matrix();
    expect(m.cohort.id).toBe(cohort.id);
    expect(m.chapters.map((c) => c.id)).toEqual(chapters().map((c) => c.id));
    expect(m.chapters[0]).toMatchObject({ order: 1, slideCount: chapters()[0]!.slideIds.length, title: { 'zh-CN': expect.any(String), en: expect.any(String) } });
    expect(m.total).toBe(3);
    expect(m.teams).toEqual(['North', 'South']);
    expect(names(m)).toEqual(['Alice', 'Bob', '张伟']);
    const [a, b, z] = m.learners;
    expect(a).toMatchObject({ status: 'completed', overdue: false, completedChapters: chapters().length, employeeId: 'E1', team: 'North' });
    expect(a!.chapters[0]).toEqual({ chapterId: chapters()[0]!.id, slidesSeen: chapters()[0]!.slideIds.length, seenPercent: 100, bestScore: 0.8, attempts: 1, completedAt: t });
    expect(b).toMatchObject({ status: 'not_started', overdue: true, completedChapters: 0, progressPercent: 0, lastActivityAt: null });
    expect(b!.chapters.every((cell) => cell.slidesSeen === 0 && cell.bestScore === null && cell.completedAt === null)).toBe(true);
    const { chapter } = sampleChapter();
    expect(z).toMatchObject({ status: 'in_progress', overdue: true, lastActivityAt: zhangLast });
    expect(z!.chapters.find((c) => c.chapterId === chapter.id)).toEqual({
      chapterId: chapter.id,
      slidesSeen: 2,
      seenPercent: Math.floor(200 / chapter.slideIds.length),
      bestScore: 0.6,
      attempts: 2,
      completedAt: null,
    });
  });

  it('sorts by any column in either direction', async () => {
    expect(names(await matrix('?sort=name&order=desc'))).toEqual(['张伟', 'Bob', 'Alice']);
    expect(names(await matrix('?sort=progress&order=desc'))).toEqual(['Alice', '张伟', 'Bob']);
    expect(names(await matrix('?sort=completed&order=desc'))).toEqual(['Alice', 'Bob', '张伟']);
    expect(names(await matrix('?sort=lastActive&order=desc'))).toEqual(['Alice', '张伟', 'Bob']);
    expect(names(await matrix('?sort=employeeId&order=desc'))).toEqual(['Bob', '张伟', 'Alice']);
    expect(names(await matrix('?sort=team'))).toEqual(['Alice', 'Bob', '张伟']);
  });

  it('filters by status, team and text, and pages', async () => {
    expect(names(await matrix('?status=completed'))).toEqual(['Alice']);
    expect(names(await matrix('?status=in_progress'))).toEqual(['张伟']);
    expect(names(await matrix('?status=not_started'))).toEqual(['Bob']);
    expect(names(await matrix('?status=overdue'))).toEqual(['Bob', '张伟']);
    expect(names(await matrix('?team=North'))).toEqual(['Alice', 'Bob']);
    expect(names(await matrix(`?q=${encodeURIComponent('张')}`))).toEqual(['张伟']);
    expect(names(await matrix('?q=e2'))).toEqual(['张伟']);
    expect(names(await matrix('?q=%25'))).toEqual([]);
    expect(names(await matrix('?q=_'))).toEqual([]);
    const page = await matrix('?limit=2&offset=1');
    expect(page).toMatchObject({ total: 3, limit: 2, offset: 1 });
    expect(names(page)).toEqual(['Bob', '张伟']);
    const beyond = await matrix('?offset=10');
    expect(beyond).toMatchObject({ total: 3, learners: [] });
  });

  it.each(['?sort=password', '?order=sideways', '?status=gone', '?limit=0', '?limit=abc', '?offset=-1', `?q=${'x'.repeat(101)}`])(
    'rejects the query %s with 400',
    async (query) => {
      const res = await h().app.inject({ method: 'GET', url: `/api/manager/cohorts/${cohort.id}/matrix${query}`, headers: { cookie: manager.cookie } });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('invalid_input');
    },
  );

  it('shows one learner\'s attempts, newest first, with how each result was obtained', async () => {
    const res = await h().app.inject({ method: 'GET', url: `/api/manager/cohorts/${cohort.id}/learners/${zhang.learnerId}`, headers: { cookie: manager.cookie } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.learner).toMatchObject({ id: zhang.learnerId, displayName: '张伟', status: 'in_progress', overdue: true });
    expect(body.learner.cohortId).toBeUndefined();
    expect(body.attempts.map((a: { score: number }) => a.score)).toEqual([0.6, 0.4]);
    // The server's score beside what the device claimed, the attempt's number and when it was graded.
    expect(body.attempts[0]).toMatchObject({
      chapterId: sampleChapter().chapter.id,
      number: 2,
      at: zhangLast,
      verdict: 'graded',
      score: 0.6,
      claimedScore: 1,
      gradedAt: expect.any(Number),
    });
    expect(Object.keys(body.attempts[0].answers)).toHaveLength(courseManifest().test.questions);
    expect(body.attempts[1]).toMatchObject({ number: 1, verdict: 'graded', score: 0.4, claimedScore: 0.4 });
    expect(body.chapters).toHaveLength(chapters().length);
    const missing = await h().app.inject({
      method: 'GET',
      url: `/api/manager/cohorts/${cohort.id}/learners/00000000-0000-4000-8000-000000000000`,
      headers: { cookie: manager.cookie },
    });
    expect(missing.statusCode).toBe(404);
  });

  it('exports CSV with a BOM, CRLF, quoting and localized headers', async () => {
    const res = await h().app.inject({ method: 'GET', url: `/api/manager/cohorts/${cohort.id}/export.csv?tz=Asia/Shanghai`, headers: { cookie: manager.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''");
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('华东'));
    const raw = res.rawPayload;
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = raw.subarray(3).toString('utf8');
    const lines = text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(5);
    expect(lines[0]!.startsWith('姓名,工号,团队,状态,逾期,已完成章节,总进度 (%),最近学习,加入时间,1. ')).toBe(true);
    expect(lines[1]!.startsWith(`Alice,E1,North,已完成,否,${chapters().length},`)).toBe(true);
    // 2024-05-01 02:30 UTC is 10:30 in Shanghai.
    expect(lines[1]).toContain(',100,80,1,2024-05-01 10:30,');
    expect(lines[3]!.startsWith('张伟,E2,South,学习中,是,0,')).toBe(true);
    const en = await h().app.inject({ method: 'GET', url: `/api/manager/cohorts/${cohort.id}/export.csv?locale=en&status=completed`, headers: { cookie: manager.cookie } });
    const enLines = en.rawPayload.subarray(3).toString('utf8').split('\r\n');
    expect(enLines[0]!.startsWith('Name,Employee ID,Team,Status,Overdue,')).toBe(true);
    expect(enLines).toHaveLength(3);
    const badTz = await h().app.inject({ method: 'GET', url: `/api/manager/cohorts/${cohort.id}/export.csv?tz=Mars/Base`, headers: { cookie: manager.cookie } });
    expect(badTz.statusCode).toBe(400);
  });

  it('neutralises spreadsheet formulas and quotes separators in exported cells', async () => {
    const other = await h().cohort(manager, { name: 'Formulas' });
    await h().join(other, { displayName: '=HYPERLINK("http://evil.example","x")', employeeId: '-1-1', team: '@SUM(A1:A9)' });
    await h().join(other, { displayName: '-2+3', employeeId: 'E7', team: 'say "hi", a,b' });
    const res = await h().app.inject({ method: 'GET', url: `/api/manager/cohorts/${other.id}/export.csv?locale=en&sort=name`, headers: { cookie: manager.cookie } });
    const lines = res.rawPayload.subarray(3).toString('utf8').split('\r\n');
    expect(lines[1]!.startsWith(`'-2+3,E7,"say ""hi"", a,b",`)).toBe(true);
    expect(lines[2]!.startsWith(`"'=HYPERLINK(""http://evil.example"",""x"")",'-1-1,'@SUM(A1:A9),`)).toBe(true);
  });
});
