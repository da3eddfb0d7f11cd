import { readEnrollment } from './enrollment.ts';

export interface SyncStatus {
  /**
   * `idle`: nothing waiting or all sent; `sending`: a drain is running; `waiting`: the last try
   * failed (offline, server trouble) and a retry is scheduled; `revoked`: the server refused the
   * learner token, nothing is sent until the learner gets a new one.
   */
  state: 'idle' | 'sending' | 'waiting' | 'revoked';
  /** When the server last confirmed events from this browser (epoch ms), in this page. */
  lastSentAt: number | null;
  /** Events the server will never accept, set aside so the rest flows. */
  undeliverable: number;
}

type Listener = () => void;

let status: SyncStatus | null = null;
const listeners = new Set<Listener>();

function initial(): SyncStatus {
  const enrollment = readEnrollment();
  return { state: enrollment?.revoked ? 'revoked' : 'idle', lastSentAt: null, undeliverable: enrollment?.undeliverable ?? 0 };
}

/** The sync state of this page; the first read starts from what the stored enrollment says. */
export function getSyncStatus(): SyncStatus {
  status ??= initial();
  return status;
}

export function setSyncStatus(change: Partial<SyncStatus>): void {
  const current = getSyncStatus();
  if (Object.entries(change).every(([key, value]) => current[key as keyof SyncStatus] === value)) return;
  status = { ...current, ...change };
  for (const listener of listeners) listener();
}

export function subscribeSyncStatus(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Forgets the page's state, so the next read starts from storage again (tests, a new enrollment). */
export function resetSyncStatus(): void {
  status = null;
  for (const listener of listeners) listener();
}
