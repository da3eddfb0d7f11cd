import type { ServerEvent } from './wire.ts';

/** One event the server named as unacceptable, as `error.details.rejected` lists them. */
export interface RejectedEvent {
  index: number;
  id: string;
  reason: string;
  message: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** `events.3.at` → 3: an issue of the batch's structure check that points into one event. */
function eventIndexOf(path: unknown): number | null {
  if (typeof path !== 'string') return null;
  const match = /^events\.(\d+)(\.|$)/.exec(path);
  return match ? Number(match[1]) : null;
}

/**
 * The ids of the events in `batch` that a 400 answer refuses, from either form of its error's
 * `details`: `rejected` (ids the course does not have) or `issues` (fields that fail the format
 * check, with paths such as `events.3.at`). Names outside the batch are ignored; an empty list
 * means the answer did not single out any event.
 */
export function refusedIds(batch: readonly ServerEvent[], details: unknown): string[] {
  if (!isRecord(details)) return [];
  const inBatch = new Set(batch.map((event) => event.id));
  const ids = new Set<string>();
  const byIndex = (index: number | null) => {
    const event = index === null ? undefined : batch[index];
    if (event !== undefined) ids.add(event.id);
  };
  if (Array.isArray(details.rejected)) {
    for (const entry of details.rejected) {
      if (!isRecord(entry)) continue;
      if (typeof entry.id === 'string' && inBatch.has(entry.id)) ids.add(entry.id);
      else if (typeof entry.index === 'number') byIndex(entry.index);
    }
  }
  if (Array.isArray(details.issues)) {
    for (const issue of details.issues) if (isRecord(issue)) byIndex(eventIndexOf(issue.path));
  }
  return batch.filter((event) => ids.has(event.id)).map((event) => event.id);
}
