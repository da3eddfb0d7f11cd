import type { ProgressEvent } from '../progress/progress-schema.ts';
import type { AttemptVerdict } from '../protocol/events.ts';
import { backoffDelay } from './backoff.ts';
import { fittingBatch } from './batches.ts';
import { drainOutbox } from './drain.ts';
import type { Enrollment } from './enrollment.ts';
import { sendBatch } from './events-api.ts';
import { listenToPage } from './page-signals.ts';
import { createRunTimer, type ScheduleMode } from './run-timer.ts';
import { setSyncStatus } from './sync-status.ts';
import { toServerEvent } from './wire.ts';

/** The part of the progress store the sync uses. */
export interface OutboxStore {
  getState(): {
    outbox: ProgressEvent[];
    pendingEvents: () => ProgressEvent[];
    ackEvents: (ids: readonly string[]) => void;
    recordVerdicts?: (verdicts: readonly AttemptVerdict[]) => void;
  };
  subscribe(listener: (state: { outbox: ProgressEvent[] }, previous: { outbox: ProgressEvent[] }) => void): () => void;
}

export interface SyncClientOptions {
  store: OutboxStore;
  /** The enrollment, read before every drain: another tab or a new sign-in link may change it. */
  enrollment: () => Enrollment | null;
  /** Events were set aside as undeliverable. */
  onSetAside?: (count: number) => void;
  /** The server refused the token; the client has stopped. */
  onRevoked?: () => void;
  fetch?: typeof fetch;
  random?: () => number;
  /** Web Locks, so one tab drains at a time; null uses an in-tab guard only. Defaults to `navigator.locks`. */
  locks?: Pick<LockManager, 'request'> | null;
  win?: Window;
  doc?: Document;
  /** Wait after a change of the outbox, so a burst of events goes in one request. */
  debounceMs?: number;
}

export interface SyncClient {
  start: () => void;
  stop: () => void;
  /** Drains now (or joins the drain under way). */
  syncNow: () => Promise<void>;
  /** Best effort as the page goes away: one `keepalive` request with what fits. */
  flush: () => void;
}

export const SYNC_DEBOUNCE_MS = 2_000;
export const SYNC_LOCK = 'courseware:sync';

function defaultLocks(): Pick<LockManager, 'request'> | null {
  return typeof navigator !== 'undefined' && 'locks' in navigator && navigator.locks ? navigator.locks : null;
}

/**
 * Sends the progress outbox to the server in the background: shortly after each change, at
 * start, when the browser comes back online or the tab becomes visible, and with backoff after
 * failures. Never throws into the page and never blocks it.
 */
export function createSyncClient(options: SyncClientOptions): SyncClient {
  const { store, enrollment } = options;
  const fetchFn: typeof fetch = options.fetch ?? ((input, init) => fetch(input, init));
  const random = options.random ?? Math.random;
  const locks = options.locks === undefined ? defaultLocks() : options.locks;
  const debounceMs = options.debounceMs ?? SYNC_DEBOUNCE_MS;
  const timer = createRunTimer(() => void syncNow());
  let failures = 0;
  let running: Promise<void> | null = null;
  let stopped = true;
  let unlisten: Array<() => void> = [];

  const hasPending = () => store.getState().pendingEvents().length > 0;
  const schedule = (delay: number, mode?: ScheduleMode) => {
    if (!stopped) timer.schedule(delay, mode);
  };

  function revoke(): void {
    setSyncStatus({ state: 'revoked' });
    stop();
    options.onRevoked?.();
  }

  async function drainOnce(): Promise<void> {
    const current = enrollment();
    if (current === null) return stop();
    if (current.revoked) return revoke();
    if (!hasPending()) {
      setSyncStatus({ state: failures > 0 ? 'waiting' : 'idle' });
      return;
    }
    setSyncStatus({ state: 'sending' });
    const outcome = await drainOutbox({
      pending: () => store.getState().pendingEvents(),
      send: (batch) => sendBatch(fetchFn, current.token, batch),
      ack: (ids, verdicts) => {
        store.getState().ackEvents(ids);
        if (verdicts.length > 0) store.getState().recordVerdicts?.(verdicts);
      },
      setAside: (ids) => {
        store.getState().ackEvents(ids);
        options.onSetAside?.(ids.length);
      },
    });
    if (outcome.delivered > 0) setSyncStatus({ lastSentAt: Date.now() });
    if (outcome.kind === 'revoked') return revoke();
    if (outcome.kind === 'retry') {
      failures += 1;
      setSyncStatus({ state: 'waiting' });
      schedule(Math.max(outcome.afterMs ?? 0, backoffDelay(failures, random)), 'replace');
      return;
    }
    failures = 0;
    setSyncStatus({ state: 'idle' });
    if (hasPending()) schedule(debounceMs);
  }

  function syncNow(): Promise<void> {
    if (stopped) return Promise.resolve();
    running ??= (async () => {
      try {
        await (locks ? locks.request(SYNC_LOCK, () => drainOnce()) : drainOnce());
      } catch {
        // A drain never throws on network trouble; anything else must not break the page either.
      } finally {
        running = null;
      }
    })();
    return running;
  }

  function flush(): void {
    const current = enrollment();
    if (stopped || current === null || current.revoked) return;
    const batch = fittingBatch(store.getState().pendingEvents().map(toServerEvent));
    if (batch.length === 0) return;
    void sendBatch(fetchFn, current.token, batch, { keepalive: true }).then((result) => {
      if (result.kind !== 'stored') return;
      store.getState().ackEvents(batch.map((event) => event.id));
      if (result.verdicts.length > 0) store.getState().recordVerdicts?.(result.verdicts);
    });
  }

  function start(): void {
    if (!stopped) return;
    stopped = false;
    const onChange = (state: { outbox: ProgressEvent[] }, previous: { outbox: ProgressEvent[] }) => {
      // During backoff the retry timer stands; new events go with the retry.
      if (state.outbox !== previous.outbox && failures === 0 && state.outbox.some((event) => !event.acked)) schedule(debounceMs);
    };
    unlisten = [
      store.subscribe(onChange),
      listenToPage(options.win ?? window, options.doc ?? document, {
        online: () => schedule(0, 'replace'),
        visible: () => {
          if (hasPending()) schedule(0, 'replace');
        },
        hide: flush,
      }),
    ];
    schedule(0);
  }

  function stop(): void {
    stopped = true;
    timer.cancel();
    unlisten.forEach((cleanup) => cleanup());
    unlisten = [];
  }

  return { start, stop, syncNow, flush };
}
