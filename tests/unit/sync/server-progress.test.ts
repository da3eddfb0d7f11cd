import { describe, expect, it } from 'vitest';
import { mergeProgress } from '../../../src/progress/merge-progress.ts';
import { emptyProgress } from '../../../src/progress/progress-data.ts';
import type { ProgressData } from '../../../src/progress/progress-schema.ts';
import { parseServerEvent, progressFromServerEvents } from '../../../src/sync/server-progress.ts';
import type { ServerEvent } from '../../../src/sync/wire.ts';

const T = 1_700_000_000_000;
const ev = (n: number, fields: Omit<ServerEvent, 'id'>): ServerEvent => ({ id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, ...fields });

const serverEvents: ServerEvent[] = [
  ev(1, { type: 'slide_seen', at: T + 10, chapterId: 'kpis', slideId: 'intro' }),
  ev(2, { type: 'slide_seen', at: T + 5, chapterId: 'kpis', slideId: 'intro' }),
  ev(3, { type: 'slide_seen', at: T + 20, chapterId: 'kpis', slideId: 'formula' }),
  ev(4, { type: 'quiz_submitted', at: T + 30, chapterId: 'kpis', attemptId: 'att-2', score: 0.9, answers: { q2: 'b', q1: 'a' } }),
  ev(5, { type: 'quiz_submitted', at: T + 25, chapterId: 'kpis', attemptId: 'att-1', score: 0.4 }),
  ev(6, { type: 'chapter_completed', at: T + 31, chapterId: 'kpis' }),
  ev(7, { type: 'slide_seen', at: T + 15, chapterId: 'roles', slideId: 'who' }),
];

describe('progressFromServerEvents', () => {
  const data = progressFromServerEvents(serverEvents);

  it('keeps the first time each slide was seen', () => {
    expect(data.chapters.kpis?.seen).toEqual({ intro: T + 5, formula: T + 20 });
    expect(data.chapters.roles?.seen).toEqual({ who: T + 15 });
  });

  it('turns submissions into attempts in time order, covering the quizzes they answered', () => {
    expect(data.chapters.kpis?.attempts).toEqual([
      { id: 'att-1', at: T + 25, score: 0.4, answers: {}, quizIds: [] },
      { id: 'att-2', at: T + 30, score: 0.9, answers: { q2: 'b', q1: 'a' }, quizIds: ['q2', 'q1'] },
    ]);
  });

  it('keeps the seed and the server\'s verdict on an attempt, and drops a malformed verdict', () => {
    const judged = { verdict: 'graded', score: 0.6, gradedAt: T + 50 };
    const events = [
      { id: 'j1', type: 'quiz_submitted', at: T, chapterId: 'kpis', attemptId: 'j1', score: 1, answers: {}, seed: 12, verdict: judged },
      { id: 'j2', type: 'quiz_submitted', at: T + 1, chapterId: 'kpis', attemptId: 'j2', score: 1, answers: {}, verdict: { ...judged, verdict: 'trusted' } },
    ].map(parseServerEvent);
    const attempts = progressFromServerEvents(events.filter((event) => event !== null)).chapters.kpis!.attempts;
    expect(attempts[0]).toMatchObject({ seed: 12, verdict: judged });
    expect(attempts[1]!.verdict).toBeUndefined();
  });

  it('takes the latest slide as the position, and no completion from a device\'s claim', () => {
    expect(data.chapters.kpis?.completedAt).toBeNull();
    expect(data.chapters.roles?.completedAt).toBeNull();
    expect(data.lastPosition).toEqual({ chapterId: 'kpis', slideId: 'formula', at: T + 20 });
    expect(data.profile).toBeNull();
  });

  it('lists every event as acknowledged: the server has them', () => {
    expect(data.outbox).toHaveLength(serverEvents.length);
    expect(data.outbox.every((event) => event.acked)).toBe(true);
  });

  it('cannot be tricked into writing to a prototype', () => {
    const odd = progressFromServerEvents([ev(9, { type: 'slide_seen', at: T, chapterId: '__proto__', slideId: '__proto__' })]);
    expect(Object.hasOwn(odd.chapters, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).seen).toBeUndefined();
  });

  it('merges with local progress without losing either side, acknowledging events the server has', () => {
    const local: ProgressData = {
      ...emptyProgress(),
      profile: { displayName: 'Li Lei', employeeId: null, team: null, updatedAt: T },
      chapters: { kpis: { seen: { intro: T + 1, extra: T + 40 }, attempts: [], completedAt: null } },
      outbox: [
        { id: serverEvents[2]!.id, type: 'slide_seen', at: T + 20, chapterId: 'kpis', slideId: 'formula', acked: false },
        { id: 'local-only', type: 'slide_seen', at: T + 40, chapterId: 'kpis', slideId: 'extra', acked: false },
      ],
    };
    const merged = mergeProgress(local, progressFromServerEvents(serverEvents));
    expect(merged.profile?.displayName).toBe('Li Lei');
    expect(merged.chapters.kpis?.seen).toEqual({ extra: T + 40, formula: T + 20, intro: T + 1 });
    expect(merged.chapters.kpis?.attempts.map((a) => a.id)).toEqual(['att-1', 'att-2']);
    expect(merged.outbox.filter((event) => !event.acked).map((event) => event.id)).toEqual(['local-only']);
  });
});

describe('parseServerEvent', () => {
  it('accepts the three event types and drops the rest', () => {
    for (const event of serverEvents) expect(parseServerEvent(event)).toEqual(event);
    expect(parseServerEvent({ ...serverEvents[0], type: 'page_viewed' })).toBeNull();
    expect(parseServerEvent({ ...serverEvents[0], slideId: undefined })).toBeNull();
    expect(parseServerEvent({ ...serverEvents[3], score: 2 })).toBeNull();
    expect(parseServerEvent({ ...serverEvents[0], at: 'yesterday' })).toBeNull();
    expect(parseServerEvent(null)).toBeNull();
  });
});
