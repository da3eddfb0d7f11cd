import { beforeEach, describe, expect, it } from 'vitest';
import { boundOutbox, newId, OUTBOX_LIMIT } from '../../../src/progress/outbox.ts';
import type { ProgressEvent } from '../../../src/progress/progress-schema.ts';
import { useProgressStore } from '../../../src/progress/progress-store.ts';

const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const store = () => useProgressStore.getState();

function events(count: number, acked: (i: number) => boolean): ProgressEvent[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `e${i}`,
    type: 'slide_seen',
    at: i,
    chapterId: 'kpis',
    slideId: `s${i}`,
    acked: acked(i),
  }));
}

beforeEach(async () => {
  useProgressStore.setState(useProgressStore.getInitialState(), true);
  await settle();
  localStorage.clear();
});

describe('boundOutbox', () => {
  it('drops the oldest acknowledged events first', () => {
    const { outbox, overflow } = boundOutbox(events(6, (i) => i === 1 || i === 3 || i === 4), 4);
    expect(outbox.map((e) => e.id)).toEqual(['e0', 'e2', 'e4', 'e5']);
    expect(overflow).toBe(false);
  });

  it('keeps every unacknowledged event and reports the overflow', () => {
    const { outbox, overflow } = boundOutbox(events(6, (i) => i === 2), 4);
    expect(outbox.map((e) => e.id)).toEqual(['e0', 'e1', 'e3', 'e4', 'e5']);
    expect(overflow).toBe(true);
  });
});

describe('newId', () => {
  it('makes version 4 UUIDs, also where crypto.randomUUID is missing (plain http)', () => {
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      expect(newId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
    expect(newId()).not.toBe(newId());
  });
});

describe('outbox in the store', () => {
  it('acknowledges events by id and lists the pending ones', () => {
    store().markSlideSeen('kpis', 'intro', 1);
    store().markSlideSeen('kpis', 'formula', 2);
    const [first, second] = store().outbox;
    store().ackEvents([first?.id ?? '', 'unknown-id']);
    expect(store().pendingEvents()).toEqual([second]);
    expect(store().outbox[0]?.acked).toBe(true);
  });

  it('stays bounded by dropping acknowledged events, never unsent ones', async () => {
    for (let i = 0; i < OUTBOX_LIMIT; i++) store().markSlideSeen('kpis', `s${i}`, i);
    const before = store().outbox;
    store().ackEvents([before[5], before[1], before[7], before[3]].map((e) => e?.id ?? ''));
    for (const slideId of ['more-1', 'more-2', 'more-3']) store().markSlideSeen('kpis', slideId, OUTBOX_LIMIT);
    const ids = store().outbox.map((e) => e.id);
    expect(ids).toHaveLength(OUTBOX_LIMIT);
    expect(ids.slice(0, 4)).toEqual([0, 2, 4, 6].map((i) => before[i]?.id));
    expect(ids).toContain(before[7]?.id);
    expect(store().outbox.at(-1)?.slideId).toBe('more-3');
    expect(store().storageIssue).toBeNull();
    await settle();
  });

  it('keeps unsent events past the bound and reports it', async () => {
    for (let i = 0; i <= OUTBOX_LIMIT; i++) store().markSlideSeen('kpis', `s${i}`, i);
    expect(store().outbox).toHaveLength(OUTBOX_LIMIT + 1);
    expect(store().pendingEvents()).toHaveLength(OUTBOX_LIMIT + 1);
    expect(store().storageIssue).toMatchObject({ kind: 'quota' });
    await settle();
  });
});
