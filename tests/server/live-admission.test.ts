// @vitest-environment node
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sampleChapter } from './helpers/course.ts';
import { describeEachDatabase, type ManagerSession } from './helpers/harness.ts';
import { openSse, type SseClient } from './live-helpers.ts';

describeEachDatabase('live sessions: the presenter removes participants and may admit each one', (h) => {
  const { chapter, slides, quizzes } = sampleChapter();
  let app: FastifyInstance;
  let base: string;
  let manager: ManagerSession;
  const streams: SseClient[] = [];

  beforeAll(async () => {
    app = await h().appWith({ live: { statsIntervalMs: 20 } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    manager = await h().manager('Presenter');
  });
  afterAll(() => {
    for (const stream of streams) stream.close();
  });

  const presenter = (method: 'GET' | 'POST', url: string, payload?: object) =>
    app.inject({ method, url, headers: { cookie: manager.cookie }, ...(payload ? { payload } : {}) });
  const start = async () => (await presenter('POST', '/api/live/rooms', { chapterId: chapter.id })).json().code as string;
  const join = async (code: string, name: string) => {
    const res = await app.inject({ method: 'POST', url: `/api/live/rooms/${code}/join`, payload: { name } });
    expect(res.statusCode).toBe(201);
    return res.json() as { participantId: string; token: string };
  };
  const follow = async (code: string, token: string) => {
    const stream = await openSse(`${base}/api/live/rooms/${code}/events?token=${token}`);
    streams.push(stream);
    return stream;
  };
  const answer = (code: string, token: string) =>
    app.inject({ method: 'POST', url: `/api/live/rooms/${code}/poll/answer`, headers: { authorization: `Bearer ${token}` }, payload: { pollId: 'p1', choices: ['true'] } });

  it('removes a participant: told on their stream, token dead, answers out of the results', async () => {
    const code = await start();
    const [spam, real] = [await join(code, 'spam'), await join(code, '王小明')];
    const spamStream = await follow(code, spam.token);
    await spamStream.next('state');
    await presenter('POST', `/api/live/rooms/${code}/poll`, { slideId: slides[0], quizId: quizzes[0], kind: 'truefalse', answer: true });
    expect((await answer(code, spam.token)).statusCode).toBe(200);
    expect((await answer(code, real.token)).statusCode).toBe(200);

    const list = await presenter('GET', `/api/live/rooms/${code}/participants`);
    expect(list.json().participants.map((p: { name: string }) => p.name).sort()).toEqual(['spam', '王小明']);
    const removed = await presenter('POST', `/api/live/rooms/${code}/participants/${spam.participantId}/remove`);
    expect(removed.json().counts).toMatchObject({ joined: 1, answers: 1 });
    await spamStream.next('removed');
    await spamStream.closed;
    expect((await answer(code, spam.token)).statusCode).toBe(401);
    const again = await app.inject({ method: 'GET', url: `/api/live/rooms/${code}/events?token=${spam.token}` });
    expect(again.statusCode).toBe(401);
    // Only the presenter may remove, and only someone who is there.
    const byTrainee = await app.inject({ method: 'POST', url: `/api/live/rooms/${code}/participants/${real.participantId}/remove`, headers: { authorization: `Bearer ${real.token}` } });
    expect(byTrainee.statusCode).toBe(403);
    expect((await presenter('POST', `/api/live/rooms/${code}/participants/${spam.participantId}/remove`)).statusCode).toBe(404);
    expect((await presenter('POST', `/api/live/rooms/${code}/participants/not-an-id/remove`)).statusCode).toBe(400);
    await presenter('POST', `/api/live/rooms/${code}/end`);
  });

  it('with approval on, keeps newcomers waiting (seeing nothing) until admitted or turned away', async () => {
    const code = await start();
    const early = await join(code, 'early');
    const set = await presenter('POST', `/api/live/rooms/${code}/admission`, { admission: 'approval' });
    expect(set.json()).toMatchObject({ admission: 'approval', counts: { joined: 1, waiting: 0 } });
    const late = await join(code, 'late');
    const stranger = await join(code, 'stranger');
    const lateStream = await follow(code, late.token);
    const first = await lateStream.next<{ you: { waiting?: boolean }; poll: unknown }>('state');
    expect(first.you.waiting).toBe(true);
    expect((await presenter('GET', `/api/live/rooms/${code}/participants`)).json().participants.filter((p: { admitted: boolean }) => !p.admitted)).toHaveLength(2);

    // What the room sees, the waiting phone does not.
    await presenter('POST', `/api/live/rooms/${code}/slide`, { slideId: slides[1] });
    await presenter('POST', `/api/live/rooms/${code}/poll`, { slideId: slides[1], quizId: quizzes[0], kind: 'truefalse', answer: true });
    expect((await answer(code, late.token)).json().error.code).toBe('not_admitted');
    expect((await answer(code, early.token)).statusCode).toBe(200);
    expect(lateStream.events.map((e) => e.event)).toEqual(['state']);

    await presenter('POST', `/api/live/rooms/${code}/participants/${late.participantId}/admit`);
    const admitted = await lateStream.next<{ you: { waiting?: boolean }; slideId: string; poll: { id: string } | null }>('state');
    expect(admitted.you.waiting).toBeUndefined();
    expect(admitted.slideId).toBe(slides[1]);
    expect(admitted.poll?.id).toBe('p1');
    expect((await answer(code, late.token)).statusCode).toBe(200);

    await presenter('POST', `/api/live/rooms/${code}/participants/${stranger.participantId}/remove`);
    const counts = (await presenter('GET', `/api/live/rooms/${code}/participants`)).json();
    expect(counts.participants.map((p: { name: string }) => p.name).sort()).toEqual(['early', 'late']);
    // Opening the door lets everyone still waiting in.
    const later = await join(code, 'later');
    await presenter('POST', `/api/live/rooms/${code}/admission`, { admission: 'open' });
    expect((await answer(code, later.token)).statusCode).toBe(200);
    expect((await presenter('POST', `/api/live/rooms/${code}/admission`, { admission: 'maybe' })).statusCode).toBe(400);
    await presenter('POST', `/api/live/rooms/${code}/end`);
  });
});
