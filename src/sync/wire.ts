import type { ProgressEvent } from '../progress/progress-schema.ts';
import type { ServerEvent } from '../protocol/events.ts';

export type { ServerEvent };

/** What is sent for an outbox event: everything but `acked`, which only this browser needs. */
export function toServerEvent(event: ProgressEvent): ServerEvent {
  const { acked: _acked, ...rest } = event;
  return rest;
}
