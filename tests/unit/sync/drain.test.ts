import { describe, expect, it, vi } from 'vitest';
import { drainOutbox, type DrainPorts } from '../../../src/sync/drain.ts';
import type { SendResult } from '../../../src/sync/events-api.ts';
import type { ServerEvent } from '../../../src/sync/wire.ts';
import { events, fakeStore } from './helpers.ts';

/** Ports over a fake store; `answer` decides what the server says to each batch. */
function ports(count: number, answer: (batch: ServerEvent[], call: number) => SendResult) {
  const store = fakeStore(events(count));
  const setAside: string[] = [];
  const batches: ServerEvent[][] = [];
  const send = vi.fn(async (batch: ServerEvent[]) => {
    batches.push(batch);
    return answer(batch, batches.length);
  });
  const p: DrainPorts = {
    pending: () => store.getState().pendingEvents(),
    send,
    ack: (ids) => store.getState().ackEvents(ids),
    setAside: (ids) => {
      setAside.push(...ids);
      store.getState().ackEvents(ids);
    },
  };
  return { p, store, setAside, batches };
}

const stored = (batch: ServerEvent[]): SendResult => ({ kind: 'stored', accepted: batch.length, duplicates: 0, verdicts: [] });

describe('drainOutbox', () => {
  it('sends everything pending in batches of at most 500 and acknowledges each', async () => {
    const { p, store, batches } = ports(1203, stored);
    const outcome = await drainOutbox(p);
    expect(outcome).toEqual({ kind: 'done', delivered: 1203, setAside: 0 });
    expect(batches.map((batch) => batch.length)).toEqual([500, 500, 203]);
    expect(store.getState().pendingEvents()).toEqual([]);
    expect(batches[0]![0]).not.toHaveProperty('acked');
  });

  it('sends nothing when nothing is pending', async () => {
    const { p, batches } = ports(0, stored);
    expect(await drainOutbox(p)).toEqual({ kind: 'done', delivered: 0, setAside: 0 });
    expect(batches).toEqual([]);
  });

  it('sets refused events aside and sends the rest of the batch again', async () => {
    const { p, store, setAside, batches } = ports(6, (batch, call) =>
      call === 1 ? { kind: 'refused', ids: [batch[1]!.id, batch[4]!.id] } : stored(batch),
    );
    const all = store.getState().pendingEvents().map((event) => event.id);
    const outcome = await drainOutbox(p);
    expect(outcome).toEqual({ kind: 'done', delivered: 4, setAside: 2 });
    expect(setAside).toEqual([all[1], all[4]]);
    expect(batches[1]!.map((event) => event.id)).toEqual([all[0], all[2], all[3], all[5]]);
    expect(store.acked()).toHaveLength(6);
  });

  it('halves a batch refused without a reason until the culprit stands alone', async () => {
    const { p, store, setAside } = ports(8, (batch) => {
      const culprit = store.getState().outbox[5]!.id;
      return batch.some((event) => event.id === culprit) ? { kind: 'split' } : stored(batch);
    });
    const culprit = store.getState().outbox[5]!.id;
    const outcome = await drainOutbox(p, 4);
    expect(outcome).toEqual({ kind: 'done', delivered: 7, setAside: 1 });
    expect(setAside).toEqual([culprit]);
  });

  it('stops for a retry on network or server trouble, keeping what was delivered', async () => {
    const { p, store } = ports(700, (batch, call) => (call === 1 ? stored(batch) : { kind: 'retry', afterMs: 5_000 }));
    const outcome = await drainOutbox(p);
    expect(outcome).toEqual({ kind: 'retry', afterMs: 5_000, delivered: 500, setAside: 0 });
    expect(store.getState().pendingEvents()).toHaveLength(200);
  });

  it('stops for good when the token is refused', async () => {
    const { p, store } = ports(3, () => ({ kind: 'unauthorized' }));
    expect(await drainOutbox(p)).toEqual({ kind: 'revoked', delivered: 0, setAside: 0 });
    expect(store.getState().pendingEvents()).toHaveLength(3);
  });

  it('picks up events added while it runs', async () => {
    const { p, store, batches } = ports(2, (batch, call) => {
      if (call === 1) store.add(...events(3, 100));
      return stored(batch);
    });
    expect(await drainOutbox(p)).toMatchObject({ kind: 'done', delivered: 5 });
    expect(batches.map((batch) => batch.length)).toEqual([2, 3]);
  });

  it('ends instead of looping when acknowledging does not take effect', async () => {
    const { p, batches } = ports(3, stored);
    const outcome = await drainOutbox({ ...p, ack: () => undefined });
    expect(outcome.kind).toBe('done');
    expect(batches).toHaveLength(1);
  });
});
