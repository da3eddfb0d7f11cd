import type { ProgressEvent } from '../progress/progress-schema.ts';

/** An event as the server stores and returns it: the outbox format without the local `acked` flag. */
export interface ServerEvent {
  id: string;
  type: ProgressEvent['type'];
  at: number;
  chapterId: string;
  slideId?: string;
  attemptId?: string;
  score?: number;
  answers?: Record<string, unknown>;
}

/** What is sent for an outbox event: everything but `acked`, which only this browser needs. */
export function toServerEvent(event: ProgressEvent): ServerEvent {
  const { acked: _acked, ...rest } = event;
  return rest;
}
