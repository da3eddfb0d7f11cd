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

/** Everything the server holds for the learner whose token this is. Never throws. */
export async function fetchServerProgress(token: string, fetchFn: typeof fetch = (input, init) => fetch(input, init)): Promise<ServerProgress> {
  try {
    const response = await fetchFn(PROGRESS_URL, { headers: { authorization: `Bearer ${token}` }, credentials: 'omit', cache: 'no-store' });
    if (response.status === 401) return { kind: 'unauthorized' };
    if (!response.ok) return { kind: 'failed' };
    const body = (await response.json()) as { learnerId?: unknown; events?: unknown };
    if (typeof body.learnerId !== 'string' || !Array.isArray(body.events)) return { kind: 'failed' };
    const events = body.events.map(parseServerEvent).filter((event): event is ServerEvent => event !== null);
    return { kind: 'ok', learnerId: body.learnerId, events };
  } catch {
    return { kind: 'failed' };
  }
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
