import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useProgressStore } from '../../../src/progress/progress-store.ts';
import { course } from '../../../src/course/course.ts';
import { applyServerProgress, fetchServerProgress } from '../../../src/sync/restore-progress.ts';
import type { ServerEvent } from '../../../src/sync/wire.ts';
import { json } from './helpers.ts';

const T = 1_700_000_000_000;

beforeEach(() => {
  useProgressStore.setState(useProgressStore.getInitialState(), true);
});

describe('fetchServerProgress', () => {
  it('reads the learner record with the token', async () => {
    const event: ServerEvent = { id: 'e1', type: 'slide_seen', at: T, chapterId: 'kpis', slideId: 'a' };
    const fetchFn = vi.fn(async () => json(200, { learnerId: 'l1', events: [event, { junk: true }], chapters: [] }));
    await expect(fetchServerProgress('tok', fetchFn)).resolves.toEqual({ kind: 'ok', learnerId: 'l1', events: [event] });
    const [url, init] = fetchFn.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/me/progress');
    expect(init).toMatchObject({ headers: { authorization: 'Bearer tok' }, credentials: 'omit', cache: 'no-store' });
  });

  it('follows the pages of a long record to the end', async () => {
    const page = (n: number) => Array.from({ length: 3 }, (_, i): ServerEvent => ({ id: `e${n}${i}`, type: 'slide_seen', at: T + n * 10 + i, chapterId: 'kpis', slideId: `s${n}${i}` }));
    const fetchFn = vi.fn(async (url: string) => {
      if (url === '/api/me/progress') return json(200, { learnerId: 'l1', events: page(0), chapters: [], next: 'c/1' });
      if (url === '/api/me/progress?after=c%2F1') return json(200, { learnerId: 'l1', events: page(1), chapters: [], next: 'c2' });
      if (url === '/api/me/progress?after=c2') return json(200, { learnerId: 'l1', events: page(2), chapters: [], next: null });
      return json(404, {});
    });
    const result = await fetchServerProgress('tok', fetchFn as unknown as typeof fetch);
    expect(result).toEqual({ kind: 'ok', learnerId: 'l1', events: [...page(0), ...page(1), ...page(2)] });
    expect(fetchFn).toHaveBeenCalledTimes(3);
    // A page that fails fails the whole read: half a record is not merged.
    const broken = vi.fn(async (url: string) => (url === '/api/me/progress' ? json(200, { learnerId: 'l1', events: page(0), next: 'x' }) : json(503, {})));
    await expect(fetchServerProgress('tok', broken as unknown as typeof fetch)).resolves.toEqual({ kind: 'failed' });
  });

  it('tells a refused token from other failures', async () => {
    await expect(fetchServerProgress('tok', async () => json(401, {}))).resolves.toEqual({ kind: 'unauthorized' });
    await expect(fetchServerProgress('tok', async () => json(500, {}))).resolves.toEqual({ kind: 'failed' });
    await expect(fetchServerProgress('tok', () => Promise.reject(new TypeError('offline')))).resolves.toEqual({ kind: 'failed' });
    await expect(fetchServerProgress('tok', async () => json(200, { nothing: 1 }))).resolves.toEqual({ kind: 'failed' });
  });
});

describe('applyServerProgress', () => {
  it('merges a whole chapter from the server into the store, acknowledged, and stamps it complete on the server\'s verdict', () => {
    const chapter = course.chapters.find((c) => c.testSize > 0)!;
    useProgressStore.getState().markSlideSeen('other', 'x', T);
    const answers = Object.fromEntries(Array.from({ length: chapter.testSize }, (_, i) => [`q${i}`, {}]));
    const attempt = { type: 'quiz_submitted', chapterId: chapter.id, score: 1, answers, seed: 4 } as const;
    const events: ServerEvent[] = [
      ...chapter.slideIds.map((slideId, i): ServerEvent => ({ id: `s${i}`, type: 'slide_seen', at: T + i, chapterId: chapter.id, slideId })),
      // The device claimed 100% twice; the server graded one 40% and refused the other.
      { ...attempt, id: 'q1', at: T + 100, attemptId: 'a1', verdict: { verdict: 'graded', score: 0.4, gradedAt: T + 200 } },
      { ...attempt, id: 'q2', at: T + 150, attemptId: 'a2', verdict: { verdict: 'cooldown', score: null, gradedAt: T + 200 } },
    ];
    applyServerProgress(events);
    expect(useProgressStore.getState().chapters[chapter.id]!.completedAt).toBeNull();
    events.push({ ...attempt, id: 'q3', at: T + 1_000_000, attemptId: 'a3', verdict: { verdict: 'graded', score: 0.8, gradedAt: T + 1_000_100 } });
    applyServerProgress(events);
    const state = useProgressStore.getState();
    expect(Object.keys(state.chapters[chapter.id]!.seen)).toHaveLength(chapter.slideIds.length);
    expect(state.chapters[chapter.id]!.completedAt).not.toBeNull();
    expect(state.chapters.other?.seen).toEqual({ x: T });
    const pending = state.pendingEvents();
    expect(pending.map((event) => event.type).sort()).toEqual(['chapter_completed', 'slide_seen']);
    expect(state.outbox.filter((event) => event.acked)).toHaveLength(events.length);
  });
});
