// @vitest-environment node
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_LIVE_OPTIONS, type LiveOptions } from '../../src/server/live/options.ts';
import { chapterText } from '../../src/server/reports/quiz-text.ts';
import { compiledCourse, sampleChapter } from './helpers/course.ts';
import { describeEachDatabase, type Harness, type ManagerSession } from './helpers/harness.ts';
import { openSse, type SseClient } from './live-helpers.ts';

const CODE = /^[2346789ABCDEFGHJKMNPQRTUVWXYZ]{6}$/;

interface Joined {
  participantId: string;
  token: string;
  name: string;
  auth: { authorization: string };
}

interface PollView {
  id: string;
  status: 'open' | 'closed';
  revealed: boolean;
  answerCount: number;
  results: { total: number; correctCount: number; buckets: Array<{ key: string; value?: number; count: number; correct: boolean }> } | null;
}

/** The room API of one app, as the presenter's panel and the phones use it. */
function liveApi(app: FastifyInstance) {
  const post = (url: string, payload: object, headers: Record<string, string> = {}) => app.inject({ method: 'POST', url, payload, headers });
  return {
    async start(manager: ManagerSession, chapterId: string, slideId?: string) {
      const res = await post('/api/live/rooms', { chapterId, ...(slideId ? { slideId } : {}) }, { cookie: manager.cookie });
      if (res.statusCode >= 300) throw new Error(`start failed: ${res.body}`);
      return res.json<{ code: string }>().code;
    },
    async join(code: string, name = 'Trainee', remoteAddress?: string): Promise<Joined> {
      const res = await app.inject({ method: 'POST', url: `/api/live/rooms/${code}/join`, payload: { name }, ...(remoteAddress ? { remoteAddress } : {}) });
      if (res.statusCode !== 201) throw new Error(`join failed: ${res.statusCode} ${res.body}`);
      const body = res.json<{ participantId: string; token: string; name: string }>();
      return { ...body, auth: { authorization: `Bearer ${body.token}` } };
    },
    joinRaw: (code: string, payload: unknown, remoteAddress?: string) =>
      app.inject({ method: 'POST', url: `/api/live/rooms/${code}/join`, payload: payload as object, ...(remoteAddress ? { remoteAddress } : {}) }),
    drive: (manager: { cookie: string } | Record<string, string>, code: string, action: string, payload: object = {}) =>
      post(`/api/live/rooms/${code}/${action}`, payload, 'cookie' in manager && typeof manager.cookie === 'string' ? { cookie: manager.cookie } : (manager as Record<string, string>)),
    answer: (who: Joined, code: string, payload: object) => post(`/api/live/rooms/${code}/poll/answer`, payload, who.auth),
  };
}

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

const FAST: Partial<LiveOptions> = { statsIntervalMs: 20 };

describeEachDatabase('live sessions: rooms, joining, driving', (h) => {
  const { chapter, other, slides, quizzes } = sampleChapter();
  let manager: ManagerSession;
  let api: ReturnType<typeof liveApi>;

  beforeAll(async () => {
    manager = await h().manager('Presenter');
    api = liveApi(h().app);
  });

  it('starts a room for a chapter with a short unambiguous code, and gives the same room back', async () => {
    const anonymous = await h().app.inject({ method: 'POST', url: '/api/live/rooms', payload: { chapterId: chapter.id } });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBe('unauthorized');

    const res = await h().app.inject({ method: 'POST', url: '/api/live/rooms', headers: { cookie: manager.cookie }, payload: { chapterId: chapter.id } });
    expect(res.statusCode).toBe(201);
    const { code, room } = res.json();
    expect(code).toMatch(CODE);
    expect(room).toMatchObject({ code, chapterId: chapter.id, status: 'live', slideId: slides[0], counts: { connected: 0, joined: 0, answers: 0 }, poll: null });

    const again = await h().app.inject({ method: 'POST', url: '/api/live/rooms', headers: { cookie: manager.cookie }, payload: { chapterId: chapter.id, slideId: slides[1] } });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ code, room: { slideId: slides[1] } });

    const mine = await h().app.inject({ method: 'GET', url: `/api/live/rooms?chapterId=${chapter.id}`, headers: { cookie: manager.cookie } });
    expect(mine.json().room.code).toBe(code);
    const none = await h().app.inject({ method: 'GET', url: `/api/live/rooms?chapterId=${other.id}`, headers: { cookie: manager.cookie } });
    expect(none.json()).toEqual({ signedIn: true, room: null });
    // The presenter view asks on every visit: signed out is an answer, not an error.
    const signedOut = await h().app.inject({ method: 'GET', url: `/api/live/rooms?chapterId=${chapter.id}` });
    expect(signedOut.statusCode).toBe(200);
    expect(signedOut.json()).toEqual({ signedIn: false, room: null });

    const unknown = await h().app.inject({ method: 'POST', url: '/api/live/rooms', headers: { cookie: manager.cookie }, payload: { chapterId: 'no-such-chapter' } });
    expect(unknown.statusCode).toBe(404);
    const invalid = await h().app.inject({ method: 'POST', url: '/api/live/rooms', headers: { cookie: manager.cookie }, payload: { chapterId: '../x y' } });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.code).toBe('invalid_input');
    await api.drive(manager, code, 'end');
  });

  it('lets trainees look a code up and join with a bounded display name', async () => {
    const code = await api.start(manager, chapter.id);
    const info = await h().app.inject({ method: 'GET', url: `/api/live/rooms/${code.toLowerCase()}` });
    expect(info.json()).toEqual({ code, chapterId: chapter.id, status: 'live' });
    expect((await h().app.inject({ method: 'GET', url: '/api/live/rooms/ZZZZZZ' })).statusCode).toBe(404);
    expect((await h().app.inject({ method: 'GET', url: '/api/live/rooms/not-a-code!' })).statusCode).toBe(404);

    const joined = await api.joinRaw(`${code.slice(0, 3).toLowerCase()}-${code.slice(3)}`, { name: '  王小明  ' });
    expect(joined.statusCode).toBe(201);
    expect(joined.json()).toMatchObject({ name: '王小明', room: { code, chapterId: chapter.id, slideId: slides[0] } });
    expect(joined.json().token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(joined.headers['cache-control']).toBe('no-store');

    const forty = '名'.repeat(40);
    expect((await api.joinRaw(code, { name: forty })).json().name).toBe(forty);
    for (const name of ['', '   ', '名'.repeat(41), 'a\u0000b', 'tab\there', 'evil\u202Eeman', 'zero\u200Bwidth', 42, null]) {
      const res = await api.joinRaw(code, { name });
      expect(res.statusCode, JSON.stringify(name)).toBe(400);
      expect(res.json().error.code).toBe('invalid_input');
    }
    expect((await api.joinRaw(code, { name: 'x', extra: 1 })).statusCode).toBe(201);
    expect((await api.joinRaw('ZZZZZZ', { name: 'x' })).statusCode).toBe(404);
    await api.drive(manager, code, 'end');
  });

  it('lets only the presenter drive: a participant token or another manager gets 403, nobody 401', async () => {
    const code = await api.start(manager, chapter.id);
    const trainee = await api.join(code);
    const otherManager = await h().manager('Other');
    const actions: Array<[string, object]> = [
      ['slide', { slideId: slides[1] }],
      ['poll', { slideId: slides[0], quizId: quizzes[0], kind: 'truefalse', answer: true }],
      ['poll/reveal', {}],
      ['poll/close', {}],
      ['end', {}],
    ];
    for (const [action, payload] of actions) {
      expect((await api.drive(trainee.auth, code, action, payload)).statusCode, `participant ${action}`).toBe(403);
      expect((await api.drive(otherManager, code, action, payload)).statusCode, `other manager ${action}`).toBe(403);
      expect((await api.drive({}, code, action, payload)).statusCode, `anonymous ${action}`).toBe(401);
    }
    for (const headers of [trainee.auth, { cookie: otherManager.cookie }]) {
      const csv = await h().app.inject({ method: 'GET', url: `/api/live/rooms/${code}/results.csv`, headers });
      expect(csv.statusCode).toBe(403);
      expect(csv.json().error.code).toBe('forbidden');
      const events = await h().app.inject({ method: 'GET', url: `/api/live/rooms/${code}/events`, headers });
      expect(events.statusCode).toBe(403);
    }
    // A participant cannot answer for a room it did not join, nor without its token.
    const otherCode = await api.start(otherManager, chapter.id);
    expect((await api.answer(trainee, otherCode, { pollId: 'p1', choices: ['true'] })).statusCode).toBe(401);
    expect((await h().app.inject({ method: 'POST', url: `/api/live/rooms/${code}/poll/answer`, payload: { pollId: 'p1', value: 1 } })).statusCode).toBe(401);
    // The room is unchanged.
    const mine = await h().app.inject({ method: 'GET', url: `/api/live/rooms?chapterId=${chapter.id}`, headers: { cookie: manager.cookie } });
    expect(mine.json().room).toMatchObject({ status: 'live', slideId: slides[0], poll: null });
    await api.drive(manager, code, 'end');
    await api.drive(otherManager, otherCode, 'end');
  });

  it('runs a poll: open, answer, change the answer, reveal, close, with one answer per participant', async () => {
    const code = await api.start(manager, chapter.id);
    const [a, b, c] = [await api.join(code, 'A'), await api.join(code, 'B'), await api.join(code, 'C')];
    const spec = { slideId: slides[0], quizId: quizzes[0], kind: 'single', options: ['a', 'b', 'c'], correct: ['b'] };
    expect((await api.drive(manager, code, 'poll', { ...spec, slideId: slides[1] })).json().error.code).toBe('not_current_slide');
    expect((await api.drive(manager, code, 'poll', { ...spec, quizId: 'no-such-quiz' })).json().error.code).toBe('unknown_quiz');
    expect((await api.drive(manager, code, 'poll', { ...spec, kind: 'order' })).statusCode).toBe(400);
    expect((await api.drive(manager, code, 'poll', { ...spec, correct: ['z'] })).statusCode).toBe(400);

    const opened = await api.drive(manager, code, 'poll', spec);
    expect(opened.statusCode).toBe(201);
    const poll = opened.json().poll as PollView;
    expect(poll).toMatchObject({ id: 'p1', status: 'open', revealed: false, answerCount: 0, results: null });

    expect((await api.answer(a, code, { pollId: 'p1', choices: ['a'] })).statusCode).toBe(200);
    expect((await api.answer(b, code, { pollId: 'p1', choices: ['b'] })).statusCode).toBe(200);
    expect((await api.answer(c, code, { pollId: 'p1', choices: ['a'] })).statusCode).toBe(200);
    // Changing an answer replaces it.
    const changed = await api.answer(c, code, { pollId: 'p1', choices: ['b'] });
    expect(changed.json()).toEqual({ pollId: 'p1', answer: { choices: ['b'], value: null } });
    for (const bad of [{ pollId: 'p1', choices: ['a', 'b'] }, { pollId: 'p1', choices: ['z'] }, { pollId: 'p1', value: 3 }, { pollId: 'p1', choices: [] }, { pollId: 'p9', choices: ['a'] }, { choices: ['a'] }]) {
      const res = await api.answer(a, code, bad);
      expect(res.statusCode, JSON.stringify(bad)).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
    }

    const mine = async () => (await h().app.inject({ method: 'GET', url: `/api/live/rooms?chapterId=${chapter.id}`, headers: { cookie: manager.cookie } })).json().room;
    expect((await mine()).poll).toMatchObject({ answerCount: 3, results: null });
    expect((await mine()).counts).toMatchObject({ joined: 3, answers: 3 });

    const revealed = (await api.drive(manager, code, 'poll/reveal', { pollId: 'p1' })).json().poll as PollView;
    expect(revealed.revealed).toBe(true);
    expect(revealed.results).toEqual({
      total: 3,
      correctCount: 2,
      numeric: null,
      buckets: [
        { key: 'a', count: 1, correct: false },
        { key: 'b', count: 2, correct: true },
        { key: 'c', count: 0, correct: false },
      ],
    });
    const closed = (await api.drive(manager, code, 'poll/close', {})).json().poll as PollView;
    expect(closed.status).toBe('closed');
    const late = await api.answer(a, code, { pollId: 'p1', choices: ['b'] });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('poll_closed');
    await api.drive(manager, code, 'end');
  });

  it('tallies multiple-choice, true/false and numeric polls', async () => {
    const code = await api.start(manager, chapter.id);
    const people = await Promise.all(['A', 'B', 'C', 'D'].map((name) => api.join(code, name)));
    const where = { slideId: slides[0], quizId: quizzes[0] };

    await api.drive(manager, code, 'poll', { ...where, kind: 'multiple', options: ['a', 'b', 'c'], correct: ['a', 'c'] });
    const picks = [['a', 'c'], ['c', 'a'], ['a'], ['b', 'c']];
    for (const [i, person] of people.entries()) expect((await api.answer(person, code, { pollId: 'p1', choices: picks[i] })).statusCode).toBe(200);
    let results = (await api.drive(manager, code, 'poll/reveal')).json().poll.results;
    expect(results).toMatchObject({ total: 4, correctCount: 2, buckets: [{ key: 'a', count: 3, correct: true }, { key: 'b', count: 1, correct: false }, { key: 'c', count: 3, correct: true }] });

    // Opening the next poll closes the previous one.
    await api.drive(manager, code, 'poll', { ...where, kind: 'truefalse', answer: false });
    expect((await api.answer(people[0]!, code, { pollId: 'p1', choices: ['a'] })).statusCode).toBe(404);
    for (const [i, person] of people.entries()) await api.answer(person, code, { pollId: 'p2', choices: [i === 0 ? 'true' : 'false'] });
    results = (await api.drive(manager, code, 'poll/reveal')).json().poll.results;
    expect(results.buckets).toEqual([{ key: 'true', count: 1, correct: false }, { key: 'false', count: 3, correct: true }]);

    await api.drive(manager, code, 'poll', { ...where, kind: 'numeric', answer: 12.5, tolerance: 0.5 });
    const values = [12.5, 13, 12.5, 100];
    for (const [i, person] of people.entries()) expect((await api.answer(person, code, { pollId: 'p3', value: values[i] })).statusCode).toBe(200);
    expect((await api.answer(people[0]!, code, { pollId: 'p3', choices: ['a'] })).statusCode).toBe(400);
    expect((await api.answer(people[0]!, code, { pollId: 'p3', value: 1e13 })).statusCode).toBe(400);
    results = (await api.drive(manager, code, 'poll/reveal')).json().poll.results;
    expect(results).toEqual({
      total: 4,
      correctCount: 3,
      numeric: { answer: 12.5, tolerance: 0.5 },
      buckets: [
        { key: 'v:12.5', value: 12.5, count: 2, correct: true },
        { key: 'v:13', value: 13, count: 1, correct: true },
        { key: 'v:100', value: 100, count: 1, correct: false },
      ],
    });
    await api.drive(manager, code, 'end');
  });

  it('exports every answer as formula-safe UTF-8 CSV with a byte-order mark', async () => {
    const code = await api.start(manager, chapter.id);
    const evil = await api.join(code, '=HYPERLINK("http://x")');
    const wang = await api.join(code, '王芳, "组长"');
    await api.drive(manager, code, 'poll', { slideId: slides[0], quizId: quizzes[0], kind: 'single', options: ['a', 'b'], correct: ['a'] });
    await api.answer(evil, code, { pollId: 'p1', choices: ['b'] });
    await api.answer(wang, code, { pollId: 'p1', choices: ['a'] });
    const res = await h().app.inject({ method: 'GET', url: `/api/live/rooms/${code}/results.csv?locale=en`, headers: { cookie: manager.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="live-${code}-results.csv"`);
    const body = res.rawPayload.toString('utf8');
    expect(body.startsWith('\uFEFF')).toBe(true);
    const lines = body.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Poll,Slide,Question,Kind,Participant,Answer,Correct,Answered at');
    // The question and the chosen option in words, not by id and letter.
    const quiz = chapterText(compiledCourse().chapters, chapter.id).quizzes.get(quizzes[0]!)!;
    const cell = (text: string) => (/[",]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
    expect(lines[1]!.startsWith(`1,${slides[0]},${cell(quiz.prompt.en)},single choice,"'=HYPERLINK(""http://x"")",${cell(quiz.options.get('b')!.en)},no,`)).toBe(true);
    expect(lines[2]).toContain(`,"王芳, ""组长""",${cell(quiz.options.get('a')!.en)},yes,`);
    // Times in the manager's time zone (the browser sends it), as spreadsheets read them.
    const csvIn = (query: string) => h().app.inject({ method: 'GET', url: `/api/live/rooms/${code}/results.csv?${query}`, headers: { cookie: manager.cookie } });
    const answeredAt = (csv: string) => Date.parse(`${csv.slice(1).split('\r\n')[1]!.split(',').at(-1)!.replace(' ', 'T')}Z`);
    expect(answeredAt((await csvIn('locale=en&tz=Asia/Shanghai')).body) - answeredAt((await csvIn('locale=en&tz=UTC')).body)).toBe(8 * 3_600_000);
    expect((await csvIn('tz=Mars/Olympus')).statusCode).toBe(400);
    const zh = await h().app.inject({ method: 'GET', url: `/api/live/rooms/${code}/results.csv`, headers: { cookie: manager.cookie } });
    const zhLines = zh.rawPayload.toString('utf8').slice(1).split('\r\n');
    expect(zhLines[0]).toBe('投票,幻灯片,题目,题型,参与者,答案,是否正确,作答时间');
    expect(zhLines[1]).toContain(`,${cell(quiz.prompt['zh-CN'])},单选,`);
    // The results stay downloadable after the session ends; the code stops working.
    await api.drive(manager, code, 'end');
    const after = await h().app.inject({ method: 'GET', url: `/api/live/rooms/${code}/results.csv`, headers: { cookie: manager.cookie } });
    expect(after.statusCode).toBe(200);
    const join = await api.joinRaw(code, { name: 'late' });
    expect(join.statusCode).toBe(410);
    expect(join.json().error.code).toBe('room_ended');
    expect((await api.drive(manager, code, 'slide', { slideId: slides[1] })).statusCode).toBe(410);
  });

  it('checks slide moves against the chapter', async () => {
    const code = await api.start(manager, chapter.id);
    expect((await api.drive(manager, code, 'slide', { slideId: 'no-such-slide' })).json().error.code).toBe('unknown_slide');
    expect((await api.drive(manager, code, 'slide', { slideId: slides[2] })).json()).toEqual({ slideId: slides[2] });
    expect((await api.drive(manager, code, 'slide', {})).statusCode).toBe(400);
    await api.drive(manager, code, 'end');
  });
}, { live: FAST });

describeEachDatabase('live sessions: event streams', (h, variant) => {
  const { chapter, slides, quizzes } = sampleChapter();
  let manager: ManagerSession;
  let app: FastifyInstance;
  let base: string;
  let api: ReturnType<typeof liveApi>;

  beforeAll(async () => {
    manager = await h().manager('Streamer');
    app = await h().appWith({ live: { ...FAST, heartbeatMs: 100 } });
    base = await listen(app);
    api = liveApi(app);
  });

  const stream = (code: string, who: Joined | ManagerSession, headers: Record<string, string> = {}) =>
    'token' in who ? openSse(`${base}/api/live/rooms/${code}/events?token=${who.token}`, headers) : openSse(`${base}/api/live/rooms/${code}/events`, { cookie: who.cookie, ...headers });

  it('sends the state on connect, then every slide change, with heartbeats in between', async () => {
    const code = await api.start(manager, chapter.id);
    const trainee = await api.join(code, 'Li');
    const phone = await stream(code, trainee);
    expect(phone.status).toBe(200);
    const state = await phone.next<{ slideId: string; you: { name: string; answer: null } }>('state');
    expect(state).toMatchObject({ code, chapterId: chapter.id, status: 'live', slideId: slides[0], poll: null, you: { participantId: trainee.participantId, name: 'Li', answer: null } });
    expect(state).not.toHaveProperty('counts');

    const presenter = await stream(code, manager);
    const presenterState = await presenter.next<{ counts: { connected: number; joined: number } }>('state');
    expect(presenterState.counts).toMatchObject({ connected: 1, joined: 1 });
    expect(presenterState).not.toHaveProperty('you');

    for (const slideId of [slides[1], slides[2], slides[1]]) {
      await api.drive(manager, code, 'slide', { slideId });
      expect(await phone.next('slide')).toEqual({ slideId });
    }
    const ids = phone.events.filter((e) => e.event === 'slide').map((e) => Number(e.id));
    expect(ids).toEqual([...ids].sort((x, y) => x - y));
    for (let waited = 0; phone.comments === 0 && waited < 3000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    expect(phone.comments).toBeGreaterThanOrEqual(1);
    // Participants never get the presenter's counts.
    expect(phone.events.some((e) => e.event === 'stats')).toBe(false);
    phone.close();
    presenter.close();
    await api.drive(manager, code, 'end');
  });

  it('streams poll state: answers counted live for the presenter, results hidden until revealed', async () => {
    const code = await api.start(manager, chapter.id);
    const people = await Promise.all(['A', 'B', 'C'].map((name) => api.join(code, name)));
    const phones = await Promise.all(people.map((p) => stream(code, p)));
    const presenter = await stream(code, manager);
    // The phones' streams were attached before the presenter's opened: its snapshot counts them.
    expect((await presenter.next<{ counts: { connected: number } }>('state')).counts.connected).toBe(3);

    await api.drive(manager, code, 'poll', { slideId: slides[0], quizId: quizzes[0], kind: 'single', options: ['a', 'b'], correct: ['a'] });
    for (const phone of phones) expect(await phone.next<PollView>('poll')).toMatchObject({ id: 'p1', status: 'open', revealed: false, results: null });

    await api.answer(people[0]!, code, { pollId: 'p1', choices: ['a'] });
    await api.answer(people[1]!, code, { pollId: 'p1', choices: ['b'] });
    expect(await presenter.next<{ answers: number }>('stats', (s) => s.answers === 2)).toMatchObject({ connected: 3, joined: 3, answers: 2 });
    // Nothing reaches the phones while answers arrive, and results stay hidden.
    expect(phones[2]!.events.filter((e) => e.event === 'poll')).toHaveLength(1);

    await api.drive(manager, code, 'poll/reveal');
    for (const phone of phones) {
      const revealed = await phone.next<PollView>('poll', (p) => p.revealed);
      expect(revealed.results?.buckets).toEqual([{ key: 'a', count: 1, correct: true }, { key: 'b', count: 1, correct: false }]);
    }
    // A late answer while revealed updates everyone's results.
    await api.answer(people[2]!, code, { pollId: 'p1', choices: ['a'] });
    expect((await phones[0]!.next<PollView>('poll', (p) => p.results?.total === 3)).results?.buckets[0]).toEqual({ key: 'a', count: 2, correct: true });

    await api.drive(manager, code, 'poll/close');
    expect(await phones[1]!.next<PollView>('poll', (p) => p.status === 'closed')).toMatchObject({ revealed: true });
    for (const phone of phones) phone.close();
    presenter.close();
    await api.drive(manager, code, 'end');
  });

  it('gives a reconnecting phone the current slide and its own answer', async () => {
    const code = await api.start(manager, chapter.id);
    const trainee = await api.join(code, 'Zhao');
    const first = await stream(code, trainee);
    await first.next('state');
    await api.drive(manager, code, 'poll', { slideId: slides[0], quizId: quizzes[0], kind: 'numeric', answer: 5, tolerance: 0 });
    await first.next('poll');
    const lastId = first.events.at(-1)!.id!;
    first.close();
    await first.closed;

    await api.answer(trainee, code, { pollId: 'p1', value: 4 });
    await api.drive(manager, code, 'slide', { slideId: slides[3] });
    const again = await stream(code, trainee, { 'last-event-id': lastId });
    const state = await again.next<{ slideId: string; poll: PollView; you: { answer: unknown } }>('state');
    expect(state.slideId).toBe(slides[3]);
    expect(state.poll).toMatchObject({ id: 'p1', status: 'open', answerCount: 1 });
    expect(state.you.answer).toEqual({ choices: null, value: 4 });
    expect(Number(again.events[0]!.id)).toBeGreaterThan(Number(lastId));
    again.close();
    await api.drive(manager, code, 'end');
  });

  it('ends: every stream is told and closed, and the code stops working', async () => {
    const code = await api.start(manager, chapter.id);
    const trainee = await api.join(code, 'Qian');
    const phone = await stream(code, trainee);
    const presenter = await stream(code, manager);
    await phone.next('state');
    await api.drive(manager, code, 'end');
    expect(await phone.next('ended')).toEqual({ reason: 'ended' });
    await phone.closed;
    await presenter.closed;
    const again = await stream(code, trainee);
    expect(again.status).toBe(410);
    again.close();
  });

  it('closes open streams when the server shuts down', async () => {
    const other = await h().appWith({ live: FAST });
    const otherBase = await listen(other);
    const otherApi = liveApi(other);
    const code = await otherApi.start(manager, chapter.id);
    const trainee = await otherApi.join(code, 'Wu');
    const phone = await openSse(`${otherBase}/api/live/rooms/${code}/events?token=${trainee.token}`);
    await phone.next('state');
    const closing = other.close();
    await Promise.race([closing, new Promise((_, reject) => setTimeout(() => reject(new Error('close hung')), 5000))]);
    await phone.closed;
    // On PostgreSQL the session outlives the process: another one carries on with it.
    const elsewhere = await h().app.inject({ method: 'GET', url: `/api/live/rooms/${code}` });
    expect(elsewhere.statusCode).toBe(variant.name === 'postgres' ? 200 : 404);
    if (variant.name === 'postgres') await api.drive(manager, code, 'end');
  });

  it('refuses streams without a valid token, and caps the streams of one participant', async () => {
    const code = await api.start(manager, chapter.id);
    const trainee = await api.join(code, 'Sun');
    const bad = await openSse(`${base}/api/live/rooms/${code}/events?token=${'x'.repeat(43)}`);
    expect(bad.status).toBe(401);
    bad.close();
    const anonymous = await openSse(`${base}/api/live/rooms/${code}/events`);
    expect(anonymous.status).toBe(401);
    anonymous.close();

    const streams: SseClient[] = [];
    for (let i = 0; i < DEFAULT_LIVE_OPTIONS.maxStreamsPerParticipant + 1; i++) {
      const s = await stream(code, trainee);
      await s.next('state');
      streams.push(s);
    }
    // The oldest was closed to make room for the newest.
    await streams[0]!.closed;
    const mine = await app.inject({ method: 'GET', url: `/api/live/rooms?chapterId=${chapter.id}`, headers: { cookie: manager.cookie } });
    expect(mine.json().room.counts).toMatchObject({ connected: 1, joined: 1 });
    for (const s of streams) s.close();
    await api.drive(manager, code, 'end');
  });
}, { live: FAST });

describeEachDatabase('live sessions: limits', (h) => {
  const { chapter, slides, quizzes } = sampleChapter();
  let manager: ManagerSession;

  beforeAll(async () => {
    manager = await h().manager('Limits');
  });

  async function appWith(live: Partial<LiveOptions>) {
    const app = await h().appWith({ live: { ...FAST, ...live } });
    return { app, api: liveApi(app) };
  }

  it('refuses joins beyond the room size with a clear error', async () => {
    const { api } = await appWith({ maxParticipants: 3 });
    const code = await api.start(manager, chapter.id);
    for (const name of ['1', '2', '3']) await api.join(code, name);
    const full = await api.joinRaw(code, { name: '4' });
    expect(full.statusCode).toBe(409);
    expect(full.json().error).toEqual({ code: 'room_full', message: 'This live session is full: it admits 3 participants.' });
  });

  it('rate-limits joins and code look-ups per IP', async () => {
    const { app, api } = await appWith({ joinsPerIpPerMinute: 5 });
    const code = await api.start(manager, chapter.id);
    for (let i = 0; i < 5; i++) expect((await api.joinRaw(code, { name: `n${i}` }, '10.0.0.1')).statusCode).toBe(201);
    const limited = await api.joinRaw(code, { name: 'n6' }, '10.0.0.1');
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Look-ups have a budget of their own: a trainee looks the code up, then joins.
    for (let i = 0; i < 5; i++) expect((await app.inject({ method: 'GET', url: `/api/live/rooms/${code}`, remoteAddress: '10.0.0.1' })).statusCode).toBe(200);
    const guess = await app.inject({ method: 'GET', url: '/api/live/rooms/ABCDEF', remoteAddress: '10.0.0.1' });
    expect(guess.statusCode).toBe(429);
    // Another address is not affected; a new minute starts afresh.
    expect((await api.joinRaw(code, { name: 'elsewhere' }, '10.0.0.2')).statusCode).toBe(201);
    // The budgets are the rate-limit plugin's, counted in wall-clock minutes.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 61_000 });
    try {
      expect((await api.joinRaw(code, { name: 'later' }, '10.0.0.1')).statusCode).toBe(201);
    } finally {
      vi.useRealTimers();
    }
  });

  it('rate-limits answers per participant and per IP', async () => {
    const { api } = await appWith({ answersPerParticipantPerMinute: 3, answersPerIpPerMinute: 5 });
    const code = await api.start(manager, chapter.id);
    const [a, b] = [await api.join(code, 'a'), await api.join(code, 'b')];
    await api.drive(manager, code, 'poll', { slideId: slides[0], quizId: quizzes[0], kind: 'truefalse', answer: true });
    const send = (who: Joined) => api.answer(who, code, { pollId: 'p1', choices: ['true'] });
    for (let i = 0; i < 3; i++) expect((await send(a)).statusCode).toBe(200);
    expect((await send(a)).statusCode).toBe(429);
    expect((await send(b)).statusCode).toBe(200);
    expect((await send(b)).statusCode).toBe(429); // the address's five answers are used up
  });

  it('limits the rooms one manager runs at once', async () => {
    const { app, api } = await appWith({ maxRoomsPerManager: 2 });
    const chapters = sampleChapter();
    await api.start(manager, chapters.chapter.id);
    await api.start(manager, chapters.other.id);
    const third = await app.inject({ method: 'POST', url: '/api/live/rooms', headers: { cookie: manager.cookie }, payload: { chapterId: 'kpis' } });
    expect(third.statusCode).toBe(409);
    expect(third.json().error.code).toBe('too_many_rooms');
  });

  it('expires a code after 12 hours without activity', async () => {
    const { app, api } = await appWith({});
    const code = await api.start(manager, chapter.id);
    const trainee = await api.join(code, 'idle');
    h().clock.advance(DEFAULT_LIVE_OPTIONS.idleMs - 1000);
    expect((await app.inject({ method: 'GET', url: `/api/live/rooms/${code}` })).statusCode).toBe(200);
    h().clock.advance(DEFAULT_LIVE_OPTIONS.idleMs);
    const gone = await app.inject({ method: 'GET', url: `/api/live/rooms/${code}` });
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error.code).toBe('not_found');
    expect((await api.joinRaw(code, { name: 'late' })).statusCode).toBe(404);
    expect((await api.answer(trainee, code, { pollId: 'p1', choices: ['a'] })).statusCode).toBe(404);
  });
});

describe('live options', () => {
  it('documents a 500-participant room and 12-hour idle expiry by default', () => {
    expect(DEFAULT_LIVE_OPTIONS.maxParticipants).toBe(500);
    expect(DEFAULT_LIVE_OPTIONS.idleMs).toBe(12 * 60 * 60 * 1000);
    expect(DEFAULT_LIVE_OPTIONS.heartbeatMs).toBe(15_000);
  });
});

export type { Harness };
