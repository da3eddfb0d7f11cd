// zod/mini keeps the validator small: this module ships with the home page.
import * as z from 'zod/mini';
import { migrateV1, progressV1Schema, type ProgressV1 } from './migrate-v1.ts';
import { PROGRESS_VERSION, type StorageIssue } from './progress-data.ts';
import { progressDataSchema, type ProgressData } from './progress-schema.ts';

/** A saved state this build can read, in the version it was saved in. */
export type SavedState = { version: 1; state: ProgressV1 } | { version: typeof PROGRESS_VERSION; state: ProgressData };

type ParsedProgress = { ok: true; saved: SavedState } | { ok: false; kind: Exclude<StorageIssue['kind'], 'quota'> };

const envelopeSchema = z.object({ version: z.int(), state: z.unknown() });

/** Reads the raw saved string, telling unreadable data apart from data written by a newer build. */
export function parseStoredProgress(raw: string): ParsedProgress {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, kind: 'recovered-corrupt' };
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) return { ok: false, kind: 'recovered-corrupt' };
  const { version, state } = envelope.data;
  if (version > PROGRESS_VERSION) return { ok: false, kind: 'foreign-version' };
  if (version === PROGRESS_VERSION) {
    const current = progressDataSchema.safeParse(state);
    if (current.success) return { ok: true, saved: { version: PROGRESS_VERSION, state: current.data } };
  }
  if (version === 1) {
    const v1 = progressV1Schema.safeParse(state);
    if (v1.success) return { ok: true, saved: { version: 1, state: v1.data } };
  }
  return { ok: false, kind: 'recovered-corrupt' };
}

export function upgradeSavedState(saved: SavedState): ProgressData {
  return saved.version === 1 ? migrateV1(saved.state) : saved.state;
}

/** persist's `migrate`: it hands over the state untyped, so it is checked again on the way. */
export function migrateStoredProgress(state: unknown, version: number): ProgressData {
  if (version !== 1) throw new Error(`No migration from progress version ${version}`);
  return migrateV1(progressV1Schema.parse(state));
}
