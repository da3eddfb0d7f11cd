import type { ProgressEvent } from '../../../src/progress/progress-schema.ts';
import type { OutboxStore } from '../../../src/sync/sync-client.ts';

/** A pending `slide_seen` event with a readable id. */
export function seen(n: number, chapterId = 'kpis'): ProgressEvent {
  return { id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, type: 'slide_seen', at: 1_700_000_000_000 + n, chapterId, slideId: `s${n}`, acked: false };
}

export function events(count: number, from = 0): ProgressEvent[] {
  return Array.from({ length: count }, (_, i) => seen(from + i));
}

/** The outbox part of the progress store, in memory, with the store's subscribe contract. */
export function fakeStore(initial: ProgressEvent[] = []): OutboxStore & { add: (...more: ProgressEvent[]) => void; acked: () => string[] } {
  let outbox = initial;
  const listeners = new Set<(state: { outbox: ProgressEvent[] }, previous: { outbox: ProgressEvent[] }) => void>();
  const set = (next: ProgressEvent[]) => {
    const previous = { outbox };
    outbox = next;
    listeners.forEach((listener) => listener({ outbox }, previous));
  };
  const state = {
    get outbox() {
      return outbox;
    },
    pendingEvents: () => outbox.filter((event) => !event.acked),
    ackEvents: (ids: readonly string[]) => {
      const done = new Set(ids);
      if (outbox.some((event) => !event.acked && done.has(event.id))) set(outbox.map((event) => (done.has(event.id) ? { ...event, acked: true } : event)));
    },
  };
  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    add: (...more) => set([...outbox, ...more]),
    acked: () => outbox.filter((event) => event.acked).map((event) => event.id),
  };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

/** The events of a request the fake fetch received. */
export function sentEvents(init: RequestInit | undefined): Array<{ id: string }> {
  return (JSON.parse(String(init?.body)) as { events: Array<{ id: string }> }).events;
}
