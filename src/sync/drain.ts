import type { ProgressEvent } from '../progress/progress-schema.ts';
import type { AttemptVerdict } from '../protocol/events.ts';
import { MAX_BATCH } from './batches.ts';
import type { SendResult } from './events-api.ts';
import { toServerEvent, type ServerEvent } from './wire.ts';

/** What a drain works with; the sync client wires these to the store and the network. */
export interface DrainPorts {
  /** The outbox events not acknowledged yet, oldest first (read afresh before every batch). */
  pending: () => ProgressEvent[];
  send: (batch: ServerEvent[]) => Promise<SendResult>;
  /** The server has these: mark them acknowledged, and keep its verdicts on their attempts. */
  ack: (ids: string[], verdicts: AttemptVerdict[]) => void;
  /** The server will never take these: stop offering them (acknowledge them locally) and count them. */
  setAside: (ids: string[]) => void;
}

export interface DrainTally {
  /** Events the server now has. */
  delivered: number;
  /** Events given up as undeliverable. */
  setAside: number;
}

export type DrainOutcome =
  | ({ kind: 'done' } & DrainTally)
  | ({ kind: 'retry'; afterMs: number | null } & DrainTally)
  | ({ kind: 'revoked' } & DrainTally);

/**
 * Sends the pending events in batches of at most `maxBatch` until none is left. A batch the
 * server refuses because of some of its events loses those events and goes again; a batch refused
 * without a reason is halved until the culprit stands alone. Stops early to retry later (offline,
 * server trouble) or for good (token revoked).
 */
export async function drainOutbox(ports: DrainPorts, maxBatch = MAX_BATCH): Promise<DrainOutcome> {
  const tally: DrainTally = { delivered: 0, setAside: 0 };
  /** Events already acknowledged or set aside in this drain: seeing one again means no progress. */
  const handled = new Set<string>();
  let size = maxBatch;
  for (;;) {
    const batch = ports.pending().slice(0, size).map(toServerEvent);
    if (batch.length === 0 || batch.some((event) => handled.has(event.id))) return { kind: 'done', ...tally };
    const result = await ports.send(batch);
    switch (result.kind) {
      case 'stored': {
        const ids = batch.map((event) => event.id);
        ports.ack(ids, result.verdicts);
        ids.forEach((id) => handled.add(id));
        tally.delivered += ids.length;
        size = Math.min(maxBatch, size * 2);
        break;
      }
      case 'refused':
        ports.setAside(result.ids);
        result.ids.forEach((id) => handled.add(id));
        tally.setAside += result.ids.length;
        break;
      case 'split':
        if (batch.length > 1) {
          size = Math.ceil(batch.length / 2);
        } else {
          ports.setAside([batch[0]!.id]);
          handled.add(batch[0]!.id);
          tally.setAside += 1;
        }
        break;
      case 'unauthorized':
        return { kind: 'revoked', ...tally };
      case 'retry':
        return { kind: 'retry', afterMs: result.afterMs, ...tally };
    }
  }
}
