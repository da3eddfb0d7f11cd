/**
 * The messages between the server's thread and the embedded database's worker thread
 * (pglite.ts ↔ pglite-worker.ts). Everything here crosses by structured clone.
 */

export interface WorkerSetup {
  /** Folder of the database; none for an in-memory database. */
  dataDir: string | undefined;
  /** Sync acknowledged writes to disk (see wal-sync.ts); ignored in memory. */
  durable: boolean;
}

export type WorkerRequest =
  | { id: number; op: 'query'; sql: string; params: readonly unknown[] }
  | { id: number; op: 'exec'; sql: string }
  | { id: number; op: 'close' };

/** What the disk syncs have done so far (all zero in memory or with syncs off). */
export interface SyncStats {
  /** Times PostgreSQL asked for the write-ahead log to be made durable (a commit that wrote). */
  walSyncRequests: number;
  /** Group syncs: each makes every request since the one before durable at once. */
  groupSyncs: number;
  /** Requests not yet synced; replies that depend on them are held until they are. */
  pending: number;
  /** fsync calls made in all: the log, data files, directories. */
  fileSyncs: number;
}

export const NO_SYNCS: SyncStats = { walSyncRequests: 0, groupSyncs: 0, pending: 0, fileSyncs: 0 };

/** A PostgreSQL error as plain data: its message and fields (`code`, `detail`, `constraint` …). */
export interface WireError {
  name: string;
  message: string;
  fields: Record<string, string | number>;
}

/** Request 0 is the start-up: its reply says the database is open (or why not). */
export type WorkerReply =
  | { id: number; ok: true; rows: unknown[]; rowCount: number; stats: SyncStats }
  | { id: number; ok: false; error: WireError; stats: SyncStats };

/** Fields left behind: the stack belongs to the worker, and bound values may be personal data. */
const NOT_COPIED = new Set(['stack', 'message', 'name', 'length', 'params', 'queryOptions']);

export function toWireError(error: unknown): WireError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), fields: {} };
  const fields: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(error)) {
    if (!NOT_COPIED.has(key) && (typeof value === 'string' || typeof value === 'number')) fields[key] = value;
  }
  return { name: error.name, message: error.message, fields };
}

/** The error again, thrown where the query was made (so its stack shows the caller). */
export function fromWireError(wire: WireError): Error {
  const error = new Error(wire.message);
  error.name = wire.name;
  return Object.assign(error, wire.fields);
}
