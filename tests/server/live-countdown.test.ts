// @vitest-environment node
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PollSpec } from '../../src/protocol/live.ts';
import { DEFAULT_LIVE_OPTIONS } from '../../src/server/live/options.ts';
import { Room, type EventSink } from '../../src/server/live/room.ts';
import { sampleChapter } from './helpers/course.ts';
import { describeEachDatabase, type ManagerSession } from './helpers/harness.ts';

const SPEC: PollSpec = { slideId: 's1', quizId: 'q1', kind: 'single', options: ['a', 'b'], correct: ['a'] };

/** A stream that keeps what it was sent, as parsed events. */
function sink(role: EventSink['role'] = 'participant'): EventSink & { events: Array<{ event: string; data: { status?: string; remainingMs?: number | null } }> } {
  const events: Array<{ event: string; data: { status?: string; remainingMs?: number | null } }> = [];
  return {
    role,
    participantId: null,
    events,
    write(chunk: string) {
      const event = /event: (\w+)/.exec(chunk)?.[1] ?? '';
      const data = JSON.parse(/data: (.*)/.exec(chunk)?.[1] ?? 'null') as { status?: string };
      events.push({ event, data });
    },
    close: () => undefined,
  };
}

describe('a poll with a countdown', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('closes itself when the time is up and tells every stream, with the time left in the meantime', () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const room = new Room('ABCDEF', 'kpis', 'm1', 's1', Date.now(), DEFAULT_LIVE_OPTIONS);
    const phone = sink();
    room.attach(phone, Date.now());
    const poll = room.openPoll({ ...SPEC, seconds: 30 }, Date.now());
    expect(phone.events.at(-1)).toMatchObject({ event: 'poll', data: { status: 'open', remainingMs: 30_000 } });

    vi.advanceTimersByTime(12_000);
    // A phone that reconnects now hears how long is left.
    expect(room.snapshotFor({ role: 'participant', participantId: null }).poll?.remainingMs).toBe(18_000);
    vi.advanceTimersByTime(18_000);
    expect(poll.status).toBe('closed');
    expect(poll.closedAt).toBe(1_030_000);
    expect(phone.events.at(-1)).toMatchObject({ event: 'poll', data: { status: 'closed', remainingMs: null } });
    const participant = room.join({ id: 'p1', name: 'Li', tokenHash: 'h1' }, Date.now());
    expect(() => room.answer(participant, poll.id, { choices: ['a'] }, Date.now())).toThrow(/closed/);
    room.end(Date.now(), 'ended');
  });

  it('is dropped when the presenter closes the poll or opens the next one first', () => {
    vi.useFakeTimers({ now: 2_000_000 });
    const room = new Room('ABCDEF', 'kpis', 'm1', 's1', Date.now(), DEFAULT_LIVE_OPTIONS);
    const first = room.openPoll({ ...SPEC, seconds: 10 }, Date.now());
    const second = room.openPoll({ ...SPEC, quizId: 'q2' }, Date.now());
    expect(first.status).toBe('closed');
    vi.advanceTimersByTime(60_000);
    expect(second.status).toBe('open');
    expect(room.snapshotFor({ role: 'presenter', participantId: null }).poll?.remainingMs).toBeNull();
    room.end(Date.now(), 'ended');
  });
});

describeEachDatabase('live sessions: a countdown through the API', (h) => {
  const { chapter, slides, quizzes } = sampleChapter();
  let manager: ManagerSession;
  let app: FastifyInstance;

  beforeAll(async () => {
    manager = await h().manager('Timer');
    app = h().app;
  });

  it('takes a countdown of 5 to 600 seconds and reports the time left', async () => {
    const cookie = { cookie: manager.cookie };
    const started = await app.inject({ method: 'POST', url: '/api/live/rooms', payload: { chapterId: chapter.id }, headers: cookie });
    const { code } = started.json<{ code: string }>();
    const open = (extra: object) =>
      app.inject({ method: 'POST', url: `/api/live/rooms/${code}/poll`, headers: cookie, payload: { slideId: slides[0], quizId: quizzes[0], kind: 'single', options: ['a', 'b'], correct: ['a'], ...extra } });
    for (const seconds of [4, 601, 2.5, '30']) expect((await open({ seconds })).statusCode, String(seconds)).toBe(400);

    const timed = (await open({ seconds: 45 })).json<{ poll: { remainingMs: number } }>().poll;
    expect(timed.remainingMs).toBeGreaterThan(44_000);
    expect(timed.remainingMs).toBeLessThanOrEqual(45_000);
    const untimed = (await open({})).json<{ poll: { remainingMs: number | null } }>().poll;
    expect(untimed.remainingMs).toBeNull();
    await app.inject({ method: 'POST', url: `/api/live/rooms/${code}/end`, headers: cookie, payload: {} });
  });
});
