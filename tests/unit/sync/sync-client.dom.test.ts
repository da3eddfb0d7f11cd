import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Enrollment } from '../../../src/sync/enrollment.ts';
import { createSyncClient, type SyncClient } from '../../../src/sync/sync-client.ts';
import { getSyncStatus, resetSyncStatus } from '../../../src/sync/sync-status.ts';
import { events, fakeStore, json, sentEvents } from './helpers.ts';

const enrollment: Enrollment = { learnerId: 'l1', token: 'token-abcdefghijklmnopqrstu', cohort: { id: 'c1', name: 'Spring', dueDate: null } };

type Answer = (init: RequestInit | undefined) => Response | Promise<Response>;

function setup(initial = events(3), answers: Answer[] = [], options: { locks?: Pick<LockManager, 'request'> | null } = {}) {
  const store = fakeStore(initial);
  const queue = [...answers];
  const fetchFn = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const next = queue.shift();
    return next ? next(init) : json(200, { accepted: sentEvents(init).length, duplicates: 0 });
  });
  const onRevoked = vi.fn();
  const onSetAside = vi.fn();
  let current: Enrollment | null = enrollment;
  const client = createSyncClient({
    store,
    enrollment: () => current,
    fetch: fetchFn as typeof fetch,
    random: () => 1,
    locks: options.locks ?? null,
    onRevoked,
    onSetAside,
  });
  clients.push(client);
  return { store, fetchFn, client, onRevoked, onSetAside, setEnrollment: (e: Enrollment | null) => (current = e) };
}

const clients: SyncClient[] = [];
const offline: Answer = () => Promise.reject(new TypeError('Failed to fetch'));
const serverError: Answer = () => json(503, { error: { code: 'internal', message: '' } });

beforeEach(() => {
  vi.useFakeTimers();
  resetSyncStatus();
});

afterEach(() => {
  clients.splice(0).forEach((client) => client.stop());
  vi.useRealTimers();
});

describe('sync client', () => {
  it('drains at start and reports when the server confirmed', async () => {
    const { client, store, fetchFn } = setup();
    client.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchFn).toHaveBeenCalledTimes(1);
    expect(store.getState().pendingEvents()).toEqual([]);
    expect(getSyncStatus()).toMatchObject({ state: 'idle', lastSentAt: expect.any(Number) });
  });

  it('waits about two seconds after a change, so a burst goes in one request', async () => {
    const { client, store, fetchFn } = setup([]);
    client.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchFn).not.toHaveBeenCalled();
    store.add(...events(1, 10));
    await vi.advanceTimersByTimeAsync(1_000);
    store.add(...events(2, 20));
    await vi.advanceTimersByTimeAsync(900);
    expect(fetchFn).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(fetchFn).toHaveBeenCalledTimes(1);
    expect(sentEvents(fetchFn.mock.calls[0]![1])).toHaveLength(3);
  });

  it('backs off exponentially while offline and on server errors, then delivers', async () => {
    const { client, store, fetchFn } = setup(events(2), [offline, serverError, offline]);
    client.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchFn).toHaveBeenCalledTimes(1);
    expect(getSyncStatus().state).toBe('waiting');
    await vi.advanceTimersByTimeAsync(1_999);
    expect(fetchFn).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetchFn).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(4_000);
    expect(fetchFn).toHaveBeenCalledTimes(3);
    // A change during backoff does not cut the wait short.
    store.add(...events(1, 50));
    await vi.advanceTimersByTimeAsync(7_999);
    expect(fetchFn).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetchFn).toHaveBeenCalledTimes(4);
    expect(store.getState().pendingEvents()).toEqual([]);
    expect(getSyncStatus().state).toBe('idle');
  });

  it('honours Retry-After when it asks for longer than the backoff', async () => {
    const { client, fetchFn } = setup(events(1), [() => json(429, { error: { code: 'rate_limited', message: '' } }, { 'retry-after': '30' })]);
    client.start();
    await vi.advanceTimersByTimeAsync(29_999);
    expect(fetchFn).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetchFn).toHaveBeenCalledTimes(2);
  });

  it('retries at once when the browser comes back online or the tab becomes visible', async () => {
    const { client, fetchFn } = setup(events(1), [offline, offline]);
    client.start();
    await vi.advanceTimersByTimeAsync(0);
    window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchFn).toHaveBeenCalledTimes(2);
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchFn).toHaveBeenCalledTimes(3);
  });

  it('stops for good on 401 and says so', async () => {
    const { client, store, fetchFn, onRevoked } = setup(events(2), [() => json(401, { error: { code: 'unauthorized', message: '' } })]);
    client.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(onRevoked).toHaveBeenCalledTimes(1);
    expect(getSyncStatus().state).toBe('revoked');
    store.add(...events(1, 9));
    window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetchFn).toHaveBeenCalledTimes(1);
    expect(store.getState().pendingEvents()).toHaveLength(3);
  });

  it('sets refused events aside, counts them and sends the rest', async () => {
    const initial = events(3);
    const refuse: Answer = () =>
      json(400, { error: { code: 'unknown_slide', message: '', details: { rejected: [{ index: 1, id: initial[1]!.id, reason: 'unknown_slide', message: '' }] } } });
    const { client, store, fetchFn, onSetAside } = setup(initial, [refuse]);
    client.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(onSetAside).toHaveBeenCalledWith(1);
    expect(sentEvents(fetchFn.mock.calls[1]![1]).map((e) => e.id)).toEqual([initial[0]!.id, initial[2]!.id]);
    expect(store.getState().pendingEvents()).toEqual([]);
  });

  it('sends what fits with keepalive as the page goes away', async () => {
    const { client, store, fetchFn } = setup(events(2), [offline]);
    client.start();
    await vi.advanceTimersByTimeAsync(0);
    window.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchFn).toHaveBeenCalledTimes(2);
    expect(fetchFn.mock.calls[1]![1]?.keepalive).toBe(true);
    expect(store.getState().pendingEvents()).toEqual([]);
  });

  it('drains one at a time: in the tab, and across tabs through Web Locks', async () => {
    const held: string[] = [];
    const locks = {
      request: vi.fn(async (name: string, callback: () => Promise<unknown>) => {
        held.push(name);
        return callback();
      }),
    } as unknown as Pick<LockManager, 'request'>;
    let release: () => void = () => undefined;
    const slow: Answer = (init) => new Promise((resolve) => (release = () => resolve(json(200, { accepted: sentEvents(init).length, duplicates: 0 }))));
    const { client, fetchFn } = setup(events(2), [slow], { locks });
    client.start();
    await vi.advanceTimersByTimeAsync(0);
    const again = client.syncNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchFn).toHaveBeenCalledTimes(1);
    release();
    await again;
    expect(held).toEqual(['courseware:sync']);
  });

  it('does nothing without an enrollment', async () => {
    const { client, fetchFn, setEnrollment } = setup();
    setEnrollment(null);
    client.start();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fetchFn).not.toHaveBeenCalled();
  });
});
