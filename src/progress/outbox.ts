import type { StorageIssue } from './progress-data.ts';
import type { ProgressEvent } from './progress-schema.ts';

/** Enough for a whole course many times over; it only fills up when nothing acknowledges events. */
export const OUTBOX_LIMIT = 2000;

/**
 * A random UUID. `crypto.randomUUID` exists only in secure contexts, and the course may be served
 * over plain http inside a company network, so fall back to `getRandomValues`, available everywhere.
 */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function createEvent(fields: Omit<ProgressEvent, 'id' | 'acked'>): ProgressEvent {
  return { id: newId(), ...fields, acked: false };
}

/**
 * Keeps the outbox within `limit` by dropping the oldest acknowledged events. Unacknowledged
 * events are never dropped: if they alone exceed the limit they all stay and `overflow` is set.
 */
export function boundOutbox(outbox: ProgressEvent[], limit = OUTBOX_LIMIT): { outbox: ProgressEvent[]; overflow: boolean } {
  let excess = outbox.length - limit;
  if (excess <= 0) return { outbox, overflow: false };
  const kept = outbox.filter((event) => {
    if (excess > 0 && event.acked) {
      excess--;
      return false;
    }
    return true;
  });
  return { outbox: kept, overflow: excess > 0 };
}

/** Appends events; a full outbox of unsent events is reported as a storage issue, unless one is already shown. */
export function appendEvents(
  state: { outbox: ProgressEvent[]; storageIssue: StorageIssue | null },
  events: ProgressEvent[],
): { outbox: ProgressEvent[]; storageIssue: StorageIssue | null } {
  const { outbox, overflow } = boundOutbox([...state.outbox, ...events]);
  const report = overflow && state.storageIssue === null;
  return { outbox, storageIssue: report ? { kind: 'quota', at: Date.now() } : state.storageIssue };
}
