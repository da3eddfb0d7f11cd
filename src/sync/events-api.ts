import { apiCall } from '../http/api-client.ts';
import { batchBody } from './batches.ts';
import { refusedIds } from './rejections.ts';
import { VERDICTS } from '../protocol/constants.ts';
import type { AttemptVerdict } from '../protocol/events.ts';
import type { ServerEvent } from './wire.ts';

export const EVENTS_URL = '/api/events';

/** What became of one batch. */
export type SendResult =
  /** Stored (or already stored): acknowledge the whole batch; the server's verdicts on its attempts. */
  | { kind: 'stored'; accepted: number; duplicates: number; verdicts: AttemptVerdict[] }
  /** Refused because of these events: set them aside and send the rest again. */
  | { kind: 'refused'; ids: string[] }
  /** Refused without naming events (or too large): send it again in smaller parts. */
  | { kind: 'split' }
  /** The learner token is not valid (any more): stop. */
  | { kind: 'unauthorized' }
  /** Offline, server trouble or too many requests: try again later. */
  | { kind: 'retry'; afterMs: number | null };

/** Posts one batch (at most `MAX_BATCH` events) with the learner's token. Never throws. */
export async function sendBatch(
  fetchFn: typeof fetch,
  token: string,
  events: readonly ServerEvent[],
  options: { keepalive?: boolean } = {},
): Promise<SendResult> {
  const result = await apiCall<unknown>(EVENTS_URL, { method: 'POST', token, rawBody: batchBody(events), keepalive: options.keepalive ?? false, fetchFn });
  if (result.ok) {
    const body = result.data;
    const count = (key: string) => {
      const value = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[key] : undefined;
      return typeof value === 'number' ? value : 0;
    };
    return { kind: 'stored', accepted: count('accepted'), duplicates: count('duplicates'), verdicts: verdictsOf(body) };
  }
  const { status, code, details, retryAfterMs } = result.error;
  if (code === 'offline') return { kind: 'retry', afterMs: null };
  if (status === 401) return { kind: 'unauthorized' };
  if (status === 413) return { kind: 'split' };
  if (status === 400) {
    const ids = refusedIds(events, details);
    return ids.length > 0 ? { kind: 'refused', ids } : { kind: 'split' };
  }
  return { kind: 'retry', afterMs: retryAfterMs };
}

/** The well-formed verdicts of a stored batch's answer; anything malformed is left out. */
function verdictsOf(body: unknown): AttemptVerdict[] {
  const list = typeof body === 'object' && body !== null ? (body as { verdicts?: unknown }).verdicts : undefined;
  if (!Array.isArray(list)) return [];
  return list.filter((entry): entry is AttemptVerdict => {
    if (typeof entry !== 'object' || entry === null) return false;
    const v = entry as Record<string, unknown>;
    const score = v.score === null || (typeof v.score === 'number' && v.score >= 0 && v.score <= 1);
    return (
      typeof v.eventId === 'string' &&
      typeof v.attemptId === 'string' &&
      typeof v.chapterId === 'string' &&
      (VERDICTS as readonly unknown[]).includes(v.verdict) &&
      score &&
      typeof v.gradedAt === 'number'
    );
  });
}
