import { apiCall } from '../http/api-client.ts';
import { course } from '../course/course.ts';
import { mergeProgress } from '../progress/merge-progress.ts';
import { pickProgressData } from '../progress/progress-data.ts';
import { useProgressStore } from '../progress/progress-store.ts';
import { parseServerEvent, progressFromServerEvents } from './server-progress.ts';
import type { ServerEvent } from './wire.ts';

export const PROGRESS_URL = '/api/me/progress';

export type ServerProgress =
  | { kind: 'ok'; learnerId: string; events: ServerEvent[] }
  | { kind: 'unauthorized' }
  | { kind: 'failed' };

/** Pages one learner's record may span: the per-learner quota keeps it far below this. */
const MAX_PAGES = 100;

/** Everything the server holds for the learner whose token this is, page by page. Never throws. */
export async function fetchServerProgress(token: string, fetchFn?: typeof fetch): Promise<ServerProgress> {
  const events: ServerEvent[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const url: string = after === null ? PROGRESS_URL : `${PROGRESS_URL}?after=${encodeURIComponent(after)}`;
    const result = await apiCall<{ learnerId?: unknown; events?: unknown; next?: unknown } | null>(url, { token, fetchFn });
    if (!result.ok) return result.error.status === 401 ? { kind: 'unauthorized' } : { kind: 'failed' };
    const body = result.data;
    if (typeof body?.learnerId !== 'string' || !Array.isArray(body.events)) return { kind: 'failed' };
    events.push(...body.events.map(parseServerEvent).filter((event): event is ServerEvent => event !== null));
    after = typeof body.next === 'string' ? body.next : null;
    if (after === null) return { kind: 'ok', learnerId: body.learnerId, events };
  }
  return { kind: 'failed' };
}

/**
 * Merges the server's record into this browser's progress (nothing either side holds is lost),
 * then stamps chapters the combined facts complete.
 */
export function applyServerProgress(events: readonly ServerEvent[]): void {
  if (events.length === 0) return;
  const state = useProgressStore.getState();
  useProgressStore.setState(mergeProgress(pickProgressData(state), progressFromServerEvents(events)));
  useProgressStore.getState().configureCourse(state.course ?? course);
}
