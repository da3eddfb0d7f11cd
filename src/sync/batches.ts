import { MAX_BATCH } from '../protocol/constants.ts';
import type { EventBatch } from '../protocol/events.ts';
import type { ServerEvent } from './wire.ts';

/** The server takes at most this many events per request. */
export { MAX_BATCH };

/**
 * A `keepalive` request (the one sent as the page goes away) may carry at most 64 KiB in total;
 * the events get a little less, for the headers.
 */
export const KEEPALIVE_BODY_BYTES = 60_000;

/** The request body for a batch, as `POST /api/events` expects it. */
export function batchBody(events: readonly ServerEvent[]): string {
  return JSON.stringify({ events } satisfies EventBatch);
}

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/**
 * The longest prefix of `events` (at most `MAX_BATCH`) whose request body fits in `maxBytes`;
 * empty when not even the first event fits.
 */
export function fittingBatch(events: readonly ServerEvent[], maxBytes = KEEPALIVE_BODY_BYTES): ServerEvent[] {
  const batch: ServerEvent[] = [];
  // `{"events":[` + `]}` plus a comma between events.
  let bytes = utf8Length(batchBody([]));
  for (const event of events.slice(0, MAX_BATCH)) {
    const size = utf8Length(JSON.stringify(event)) + (batch.length > 0 ? 1 : 0);
    if (bytes + size > maxBytes) break;
    bytes += size;
    batch.push(event);
  }
  return batch;
}
