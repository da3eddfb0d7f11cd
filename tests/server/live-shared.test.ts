// @vitest-environment node
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, expect, it } from 'vitest';
import { sampleChapter } from './helpers/course.ts';
import { describeEachDatabase } from './helpers/harness.ts';
import { openSse, type SseClient } from './live-helpers.ts';

const streams: SseClient[] = [];
afterAll(() => {
  for (const stream of streams) stream.close();
});

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

describeEachDatabase('live sessions shared by two servers on one PostgreSQL', (h, variant) => {
  const { chapter, slides } = sampleChapter();

  it.skipIf(variant.name !== 'postgres')('catches up after its LISTEN connection was cut, and refuses what the log refused', async () => {
    const [a, b] = [await h().appWith({ live: { statsIntervalMs: 20 } }), await h().appWith({ live: { statsIntervalMs: 20 } })];
    const baseB = await listen(b);
    const manager = await h().manager('Presenter');
    const cookie = { cookie: manager.cookie };
    const code = (await a.inject({ method: 'POST', url: '/api/live/rooms', headers: cookie, payload: { chapterId: chapter.id } })).json().code as string;
    const phone = (await b.inject({ method: 'POST', url: `/api/live/rooms/${code}/join`, payload: { name: '远端' } })).json();
    const stream = await openSse(`${baseB}/api/live/rooms/${code}/events?token=${phone.token}`);
    streams.push(stream);
    await stream.next('state');

    // Both servers' listening connections are cut; they reconnect by themselves.
    const channel = h().db.channelName!('live');
    const cut = await h().db.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = $1`, [`LISTEN "${channel}"`]);
    expect(cut.rows).toHaveLength(2);
    await a.inject({ method: 'POST', url: `/api/live/rooms/${code}/slide`, headers: cookie, payload: { slideId: slides[2] } });
    expect(await stream.next<{ slideId: string }>('slide', (s) => s.slideId === slides[2], 10_000)).toEqual({ slideId: slides[2] });

    // A refusal on one server is a refusal on the other: the same log, the same rules.
    const poll = { slideId: slides[1], quizId: sampleChapter().quizzes[0], kind: 'truefalse', answer: true };
    const refused = await b.inject({ method: 'POST', url: `/api/live/rooms/${code}/poll`, headers: cookie, payload: poll });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('not_current_slide');
    await b.inject({ method: 'POST', url: `/api/live/rooms/${code}/end`, headers: cookie });
    expect(await stream.next('ended')).toEqual({ reason: 'ended' });
    // The other server's copy hears of the end a moment later (changes wait for it: they catch up first).
    await expect.poll(async () => (await a.inject({ method: 'GET', url: `/api/live/rooms/${code}` })).statusCode).toBe(410);
    const late = await a.inject({ method: 'POST', url: `/api/live/rooms/${code}/join`, payload: { name: '迟到' } });
    expect(late.statusCode).toBe(410);
  });
});
