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

/** Everything the server holds for the learner whose token this is. Never throws. */
export async function fetchServerProgress(token: string, fetchFn?: typeof fetch): Promise<ServerProgress> {
  const result = await apiCall<{ learnerId?: unknown; events?: unknown } | null>(PROGRESS_URL, { token, fetchFn });
  if (!result.ok) return result.error.status === 401 ? { kind: 'unauthorized' } : { kind: 'failed' };
  const body = result.data;
  if (typeof body?.learnerId !== 'string' || !Array.isArray(body.events)) return { kind: 'failed' };
  const events = body.events.map(parseServerEvent).filter((event): event is ServerEvent => event !== null);
  return { kind: 'ok', learnerId: body.learnerId, events };
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
