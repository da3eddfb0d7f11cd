import { readEnrollment, updateEnrollment } from './enrollment.ts';
import { ENROLLMENT_KEY } from './enrollment-key.ts';
import { createSyncClient, type OutboxStore, type SyncClient } from './sync-client.ts';
import { getSyncStatus, resetSyncStatus, setSyncStatus } from './sync-status.ts';

let client: SyncClient | null = null;
/** The progress store, handed in by the caller so this chunk shares no module with the first page. */
let outbox: OutboxStore | null = null;
let watching = false;

function countSetAside(count: number): void {
  const next = updateEnrollment((enrollment) => ({ ...enrollment, undeliverable: (enrollment.undeliverable ?? 0) + count }));
  setSyncStatus({ undeliverable: next?.undeliverable ?? getSyncStatus().undeliverable + count });
}

/** A new token stored by another tab (a new sign-in link) restarts a client stopped by a revoked one. */
function watchOtherTabs(): void {
  if (watching) return;
  watching = true;
  window.addEventListener('storage', (event) => {
    if (event.key !== ENROLLMENT_KEY || client !== null || outbox === null) return;
    const enrollment = readEnrollment();
    if (enrollment !== null && !enrollment.revoked) restartSync(outbox);
  });
}

/**
 * Starts sending this browser's progress to the server, once per page, if it has joined a
 * cohort with a token the server has not refused. Loaded only when a learner token is stored.
 */
export function startSync(store: OutboxStore): void {
  outbox = store;
  watchOtherTabs();
  if (client !== null) return;
  const enrollment = readEnrollment();
  if (enrollment === null) return;
  if (enrollment.revoked) {
    setSyncStatus({ state: 'revoked' });
    return;
  }
  const started = createSyncClient({
    store,
    enrollment: readEnrollment,
    onSetAside: countSetAside,
    onRevoked: () => {
      updateEnrollment((current) => ({ ...current, revoked: true }));
      client = null;
    },
  });
  client = started;
  started.start();
}

/** After joining or a new sign-in link: forget the page's sync state and start afresh. */
export function restartSync(store: OutboxStore): void {
  stopSync();
  resetSyncStatus();
  startSync(store);
}

/** Stops sending (the page's client only; the stored enrollment stays). */
export function stopSync(): void {
  client?.stop();
  client = null;
}
