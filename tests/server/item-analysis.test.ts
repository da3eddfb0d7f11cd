// @vitest-environment node
import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import type { ItemAnalysis, ItemStat } from '../../src/protocol/item-analysis.ts';
import type { Cohort } from '../../src/server/people/cohorts.ts';
import { compiledCourse } from './helpers/course.ts';
import { testAttempt, type ClientEvent } from './helpers/events.ts';
import { describeEachDatabase, type ManagerSession } from './helpers/harness.ts';

const CHAPTER = 'kpis';
const T = Date.UTC(2026, 10, 2, 2, 0);

/**
 * Seed 7 draws these five questions of the kpis bank; seed 1 draws group-questions, roi-margin,
 * smart-achievable, dashboard-single-day and relative-retention.
 */
const CASH = 'q-test-kpis-group-cash'; // single, b right; d is 成本控制 / Cost control
const CANNOT = 'q-test-kpis-cannot-compute'; // multiple, a c e right
const SMART = 'q-test-kpis-smart-achievable'; // single, a right; b is 可衡量（M）
const SINGLE_DAY = 'q-test-kpis-dashboard-single-day'; // true/false, answer false
const RELATIVE = 'q-test-kpis-relative-retention'; // numeric 5 %, tolerance 0.05

const single = (optionId: string) => ({ kind: 'single', optionId });
const multiple = (...optionIds: string[]) => ({ kind: 'multiple', optionIds });
const tf = (value: boolean) => ({ kind: 'truefalse', value });
const numeric = (text: string) => ({ kind: 'numeric', text });

function attempt(seed: number, at: number, answers: Record<string, unknown>): ClientEvent {
  return { id: randomUUID(), type: 'quiz_submitted', at, chapterId: CHAPTER, attemptId: randomUUID(), score: 0, answers, seed, acked: false };
}

describeEachDatabase('item analysis of a chapter test', (h) => {
  let manager: ManagerSession;
  let cohort: Cohort;

  beforeAll(async () => {
    h().clock.now = T + 86_400_000;
    manager = await h().manager('Analyst');
    cohort = await h().cohort(manager, { name: 'Items' });
    const learners = {
      a: [attempt(7, T, { [CASH]: single('b'), [CANNOT]: multiple('a', 'c', 'e'), [SMART]: single('a'), [SINGLE_DAY]: tf(false), [RELATIVE]: numeric('5') })],
      b: [attempt(7, T, { [CASH]: single('d'), [CANNOT]: multiple('a', 'b'), [SMART]: single('a'), [SINGLE_DAY]: tf(true), [RELATIVE]: numeric('5.5%') })],
      c: [attempt(7, T, { [CASH]: single('d'), [CANNOT]: multiple('a', 'c', 'e'), [SMART]: single('b'), [SINGLE_DAY]: tf(true), [RELATIVE]: numeric('５') })],
      // Only the right options, one of them missed: partly right, no wrong option chosen.
      d: [attempt(7, T, { [CASH]: single('a'), [CANNOT]: multiple('a', 'c'), [SMART]: single('a'), [SINGLE_DAY]: tf(false), [RELATIVE]: numeric('5.50') })],
      e: [
        testAttempt(CHAPTER, T, { seed: 1 }),
        // Inside the cooldown: judged `cooldown`, not graded, so not counted.
        attempt(1, T + 60_000, { 'q-test-kpis-group-questions': multiple('b'), 'q-test-kpis-roi-margin': single('a'), [SMART]: single('c'), [SINGLE_DAY]: tf(true), [RELATIVE]: numeric('1') }),
        // Without a seed: unverified, not counted.
        { ...attempt(1, T + 3_600_000, { [SMART]: single('c') }), seed: undefined },
      ],
    };
    // e's first attempt is all right except the one SMART answer below (seed 1 asks it as well).
    learners.e[0]!.answers![SMART] = single('b');
    for (const [name, events] of Object.entries(learners)) {
      const learner = await h().join(cohort, { displayName: name });
      expect((await h().postEvents(learner, events)).statusCode).toBe(200);
    }
    // A learner removed from the cohort no longer counts (their record stays in the database).
    const gone = await h().join(cohort, { displayName: 'gone' });
    await h().postEvents(gone, [attempt(7, T, { [CASH]: single('c'), [CANNOT]: multiple('b'), [SMART]: single('d'), [SINGLE_DAY]: tf(true), [RELATIVE]: numeric('9') })]);
    await h().app.inject({ method: 'POST', url: `/api/manager/cohorts/${cohort.id}/learners/${gone.learnerId}/remove`, headers: { cookie: manager.cookie }, payload: { mode: 'keep' } });
    // Another cohort's answers never mix in.
    const other = await h().cohort(manager, { name: 'Other' });
    await h().postEvents(await h().join(other), [attempt(7, T, { [CASH]: single('a'), [CANNOT]: multiple('b'), [SMART]: single('d'), [SINGLE_DAY]: tf(true), [RELATIVE]: numeric('9') })]);
  });

  const analysis = async (query = `?chapter=${CHAPTER}`) => {
    const res = await h().app.inject({ method: 'GET', url: `/api/manager/cohorts/${cohort.id}/items${query}`, headers: { cookie: manager.cookie } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<ItemAnalysis>();
  };
  const item = (a: ItemAnalysis, id: string) => a.items.find((i) => i.quizId === id)!;

  it('counts every graded attempt of the cohort\'s current learners, and only those', async () => {
    const a = await analysis();
    expect(a).toMatchObject({ chapterId: CHAPTER, attempts: 5, learners: 5 });
    expect(a.items.map((i) => i.quizId)).toEqual(compiledCourse().chapters.get(`zh-CN/${CHAPTER}`)!.test.map((q) => q.id));
    expect(a.items.map((i) => i.number)).toEqual(a.items.map((_, index) => index + 1));
  });

  it('gives each question its share answered right and its most-chosen wrong answer, in both languages', async () => {
    const a = await analysis();
    // a right; b, c chose d; d chose a: 1 of 4, d twice.
    expect(item(a, CASH)).toMatchObject<Partial<ItemStat>>({
      kind: 'single',
      objectiveId: 'four-groups',
      asked: 4,
      correct: 1,
      commonWrong: { answer: { 'zh-CN': '成本控制', en: 'Cost control' }, count: 2 },
    });
    expect(item(a, CASH).prompt['zh-CN']).toMatch(/^某服装连锁的账面利润不错/);
    expect(item(a, CASH).prompt.en).toMatch(/^A clothing chain/);
    // a, c right; b chose the wrong b; d only missed e (no wrong option).
    expect(item(a, CANNOT)).toMatchObject({ asked: 4, correct: 2, commonWrong: { count: 1 } });
    expect(item(a, CANNOT).commonWrong!.answer['zh-CN']).toMatch(/^某地推活动投入 5 万元/);
    // a, b, d right (e's graded attempt asked it too); c and e chose b.
    expect(item(a, SMART)).toMatchObject({ asked: 5, correct: 3, commonWrong: { answer: { 'zh-CN': '可衡量（M）', en: 'Measurable (M)' }, count: 2 } });
    // The answer is false: a, d, e right; b and c said true.
    expect(item(a, SINGLE_DAY)).toMatchObject({ kind: 'truefalse', asked: 5, correct: 3, commonWrong: { answer: { 'zh-CN': '正确', en: 'True' }, count: 2 } });
    // 5 % ± 0.05: a, c (full-width ５), e right; b and d typed 5.5 two ways.
    expect(item(a, RELATIVE)).toMatchObject({ kind: 'numeric', asked: 5, correct: 3, commonWrong: { answer: { 'zh-CN': '5.5 %', en: '5.5 %' }, count: 2 } });
    // Asked once (e, all right), and never asked.
    expect(item(a, 'q-test-kpis-roi-margin')).toMatchObject({ asked: 1, correct: 1, commonWrong: null });
    expect(item(a, 'q-test-kpis-smart-breakdown')).toMatchObject({ asked: 0, correct: 0, commonWrong: null });
  });

  it('sums each objective over its questions', async () => {
    const a = await analysis();
    expect(a.objectives.map(({ id, asked, correct }) => ({ id, asked, correct }))).toEqual([
      { id: 'four-groups', asked: 5, correct: 2 }, // cash 4/1 + group-questions 1/1
      { id: 'compute-kpis', asked: 5, correct: 3 }, // cannot-compute 4/2 + roi-margin 1/1
      { id: 'smart-goals', asked: 5, correct: 3 },
      { id: 'dashboard', asked: 5, correct: 3 },
      { id: 'relative-vs-points', asked: 5, correct: 3 },
    ]);
    expect(a.objectives[0]!.text.en).toMatch(/^Name the four groups/);
  });

  it('exports the analysis as formula-safe CSV in the manager\'s language, shares as whole percents', async () => {
    const res = await h().app.inject({ method: 'GET', url: `/api/manager/cohorts/${cohort.id}/items.csv?chapter=${CHAPTER}&locale=en`, headers: { cookie: manager.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="items-3-kpis.csv"');
    const lines = res.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('No.,Question,Objective,Times asked,Answered right,Share right (%),Most chosen wrong answer,Times chosen');
    expect(lines[1]).toMatch(/^1,"?A clothing chain.*,Cost control,2$/);
    expect(lines[1]).toContain(',4,1,25,');
    const zh = await h().app.inject({ method: 'GET', url: `/api/manager/cohorts/${cohort.id}/items.csv?chapter=${CHAPTER}&locale=zh-CN`, headers: { cookie: manager.cookie } });
    const header = zh.body.replace(/^\uFEFF/, '').split('\r\n')[0];
    expect(header).toBe('题号,题目,学习目标,作答次数,答对次数,答对率 (%),最常选的错误答案,选择次数');
    expect(zh.body).toContain(',5,3,60,可衡量（M）,2');
  });

  it('defaults to the first chapter with a test, and refuses an unknown chapter', async () => {
    const first = compiledCourse().manifest.chapters.find((c) => c.testSize > 0)!;
    expect((await analysis('')).chapterId).toBe(first.id);
    const res = await h().app.inject({ method: 'GET', url: `/api/manager/cohorts/${cohort.id}/items?chapter=nope`, headers: { cookie: manager.cookie } });
    expect(res.statusCode).toBe(404);
    const other = await h().manager('Nosy');
    const nosy = await h().app.inject({ method: 'GET', url: `/api/manager/cohorts/${cohort.id}/items`, headers: { cookie: other.cookie } });
    expect(nosy.statusCode).toBe(404);
  });
});
