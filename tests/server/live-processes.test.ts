// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest';
import type { PollView, RoomCounts } from '../../src/protocol/live.ts';
import { sampleChapter } from './helpers/course.ts';
import { TEST_DATABASE_URL } from './helpers/databases.ts';
import { PASSWORD } from './helpers/harness.ts';
import { createManagerCli, serverFixtures, type RunningServer } from './helpers/server-process.ts';
import { openSse, type SseClient } from './live-helpers.ts';

const fixtures = serverFixtures('live-processes');
const streams: SseClient[] = [];
afterAll(() => {
  for (const stream of streams) stream.close();
  fixtures.cleanup();
});

async function call(server: RunningServer, method: 'GET' | 'POST', path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- shapes are checked by the assertions
  return { status: res.status, json: (await res.json()) as Record<string, any> };
}

async function follow(url: string, headers: Record<string, string> = {}): Promise<SseClient> {
  const stream = await openSse(url, headers);
  streams.push(stream);
  return stream;
}

describe.skipIf(TEST_DATABASE_URL === undefined)('a live session across two server processes on one PostgreSQL', () => {
  it(
    'keeps presenter on A and phones on B in step, and carries on through B when A stops',
    async () => {
      const { chapter, slides, quizzes } = sampleChapter();
      const env = await fixtures.env('postgres');
      expect(createManagerCli(env, 'live@example.com', 'Presenter', PASSWORD).status).toBe(0);
      const [a, b] = await Promise.all([fixtures.start(env), fixtures.start(env)]);

      // The manager signs in on A; the session is valid on B too.
      const login = await fetch(`${a.url}/api/manager/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'live@example.com', password: PASSWORD }),
      });
      const cookie = { cookie: login.headers.get('set-cookie')!.split(';')[0]! };
      expect((await call(b, 'GET', '/api/manager/me', undefined, cookie)).status).toBe(200);

      const started = await call(a, 'POST', '/api/live/rooms', { chapterId: chapter.id }, cookie);
      const code: string = started.json.code;
      const presenter = await follow(`${a.url}/api/live/rooms/${code}/events`, cookie);
      await presenter.next('state');

      // Three phones join through B, one through A.
      const join = async (server: RunningServer, name: string) => {
        const res = await call(server, 'POST', `/api/live/rooms/${code}/join`, { name });
        expect(res.status).toBe(201);
        return res.json as { participantId: string; token: string };
      };
      const onB = await Promise.all(['甲', '乙', '丙'].map((name) => join(b, name)));
      const onA = await join(a, '丁');
      const phones = await Promise.all(onB.map((p) => follow(`${b.url}/api/live/rooms/${code}/events?token=${p.token}`)));
      const phoneA = await follow(`${a.url}/api/live/rooms/${code}/events?token=${onA.token}`);
      for (const phone of [...phones, phoneA]) await phone.next('state');
      await presenter.next<RoomCounts>('stats', (counts) => counts.joined === 4 && counts.connected === 4);

      // The presenter changes the slide on A: the phones on B follow.
      expect((await call(a, 'POST', `/api/live/rooms/${code}/slide`, { slideId: slides[1] }, cookie)).status).toBe(200);
      for (const phone of phones) expect(await phone.next<{ slideId: string }>('slide')).toEqual({ slideId: slides[1] });

      // A poll opened through B (the presenter may drive from either), answered on both.
      const poll = { slideId: slides[1], quizId: quizzes[0], kind: 'truefalse', answer: true };
      expect((await call(b, 'POST', `/api/live/rooms/${code}/poll`, poll, cookie)).status).toBe(201);
      for (const phone of [...phones, phoneA]) expect(await phone.next<PollView>('poll')).toMatchObject({ id: 'p1', status: 'open' });
      const answer = (server: RunningServer, token: string, choice: string) =>
        call(server, 'POST', `/api/live/rooms/${code}/poll/answer`, { pollId: 'p1', choices: [choice] }, { authorization: `Bearer ${token}` });
      expect((await answer(b, onB[0]!.token, 'true')).status).toBe(200);
      expect((await answer(b, onB[1]!.token, 'false')).status).toBe(200);
      expect((await answer(a, onA.token, 'true')).status).toBe(200);
      await presenter.next<RoomCounts>('stats', (counts) => counts.answers === 3);

      // Revealed on A: every phone sees the same counts.
      expect((await call(a, 'POST', `/api/live/rooms/${code}/poll/reveal`, { pollId: 'p1' }, cookie)).status).toBe(200);
      for (const phone of [...phones, phoneA]) {
        const revealed = await phone.next<PollView>('poll', (view) => view.revealed);
        expect(revealed.results).toMatchObject({ total: 3, correctCount: 2 });
      }

      // A stops (a rolling deploy). Its streams close; the session goes on through B.
      a.child.kill('SIGTERM');
      expect(await a.exited).toBe(0);
      await presenter.closed;
      await phoneA.closed;
      const presenterAgain = await follow(`${b.url}/api/live/rooms/${code}/events`, cookie);
      const phoneAgain = await follow(`${b.url}/api/live/rooms/${code}/events?token=${onA.token}`);
      const resumed = await phoneAgain.next<{ slideId: string; poll: PollView; you: { answer: { choices: string[] } } }>('state');
      expect(resumed.slideId).toBe(slides[1]);
      expect(resumed.poll).toMatchObject({ id: 'p1', revealed: true });
      expect(resumed.you.answer.choices).toEqual(['true']);
      await presenterAgain.next('state');
      expect((await call(b, 'POST', `/api/live/rooms/${code}/slide`, { slideId: slides[2] }, cookie)).status).toBe(200);
      for (const phone of [...phones, phoneAgain]) expect(await phone.next<{ slideId: string }>('slide', (s) => s.slideId === slides[2])).toEqual({ slideId: slides[2] });
      await presenterAgain.next<RoomCounts>('stats', (counts) => counts.connected === 4);

      expect((await call(b, 'POST', `/api/live/rooms/${code}/end`, {}, cookie)).status).toBe(200);
      for (const phone of [...phones, phoneAgain]) await phone.next('ended');
      b.child.kill('SIGTERM');
      expect(await b.exited).toBe(0);
    },
    180_000,
  );
});
