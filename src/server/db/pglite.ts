import { mkdirSync } from 'node:fs';
import { lockDirectory } from './dir-lock.ts';
import { WorkerLink } from './pglite-link.ts';
import { fromWireError, type SyncStats } from './pglite-protocol.ts';
import type { Database, Queryable, QueryResult } from './types.ts';

export type { SyncStats } from './pglite-protocol.ts';

const WORKER = new URL('./pglite-worker.ts', import.meta.url);

export interface PgliteOptions {
  /**
   * Answer a write only once it is synced to disk (default). Off, an acknowledged write survives
   * the server process being killed but not the machine losing power. No effect in memory.
   */
  durable?: boolean;
}

export interface PgliteDatabase extends Database {
  readonly kind: 'pglite';
  /** The disk syncs so far, as of the latest answer (see pglite-protocol.ts). */
  syncStats(): SyncStats;
}

const noop = () => undefined;

/**
 * A busy database counts as up while it keeps answering: a health check then does not queue
 * behind the work (a statement under full load may wait hundreds of milliseconds for its turn).
 */
const PROGRESS_WINDOW_MS = 5_000;

/**
 * Embedded PostgreSQL (WASM) in a worker thread (pglite-worker.ts), so the server's event loop
 * stays free while it works. With `dataDir` the database lives in that folder and survives
 * restarts; without it the database is in memory (tests). One connection: statements run one at
 * a time in the order they were made, and a transaction holds the connection until it ends.
 */
export async function openPglite(dataDir?: string, options: PgliteOptions = {}): Promise<PgliteDatabase> {
  let unlock: () => void = noop;
  if (dataDir !== undefined) {
    mkdirSync(dataDir, { recursive: true });
    unlock = lockDirectory(`${dataDir}.lock`);
  }
  let link: WorkerLink;
  try {
    link = await WorkerLink.start(WORKER, { dataDir, durable: options.durable ?? true });
  } catch (error) {
    unlock();
    throw error;
  }

  const query = async <T>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> => {
    const reply = await link.request({ op: 'query', sql, params: [...params] });
    // Made here, after the await, so that the stack shows who ran the statement.
    if (!reply.ok) throw fromWireError(reply.error);
    return { rows: reply.rows as T[], rowCount: reply.rowCount };
  };
  const exec = async (sql: string): Promise<void> => {
    const reply = await link.request({ op: 'exec', sql });
    if (!reply.ok) throw fromWireError(reply.error);
  };

  // Every call takes its turn in a FIFO chain, so statements reach the thread in the order they
  // were made and nobody is overtaken. A statement's turn ends once it is sent (the thread runs
  // them in order, and later ones can share its disk sync); a transaction's turn lasts until it
  // ends, so nothing else runs inside it.
  let tail: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(start: () => Promise<T>, holdTurn: boolean): Promise<T> => {
    let result: Promise<T> | undefined;
    const turn = tail.then(() => {
      result = start();
      return holdTurn ? result : undefined;
    });
    tail = turn.then(noop, noop);
    return turn.then(() => result!);
  };

  async function transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    await query('BEGIN');
    let open = true;
    const ended = () => Promise.reject(new Error('This transaction has already ended.'));
    const tx: Queryable = {
      query: (sql, params) => (open ? query(sql, params) : ended()),
      exec: (sql) => (open ? exec(sql) : ended()),
    };
    let result: T;
    try {
      result = await fn(tx);
    } catch (error) {
      open = false;
      await query('ROLLBACK').catch(noop);
      throw error;
    }
    open = false;
    try {
      await query('COMMIT');
    } catch (error) {
      await query('ROLLBACK').catch(noop);
      throw error;
    }
    return result;
  }

  return {
    kind: 'pglite',
    query: (sql, params) => inTurn(() => query(sql, params), false),
    exec: (sql) => inTurn(() => exec(sql), false),
    transaction: (fn) => inTurn(() => transaction(fn), true),
    syncStats: () => link.stats,
    async ping() {
      if (link.failure !== null) throw link.failure;
      if (!link.progressing(PROGRESS_WINDOW_MS)) await inTurn(() => query('SELECT 1'), false);
    },
    close: () =>
      inTurn(async () => {
        try {
          await link.close();
        } finally {
          const release = unlock;
          unlock = noop;
          release();
        }
      }, true),
  };
}
