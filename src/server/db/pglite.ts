import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { lockDirectory } from './dir-lock.ts';
import type { Database, Queryable, QueryResult } from './types.ts';

/** Dates (`date` columns) come back as `YYYY-MM-DD` text, the same as from PostgreSQL. */
const DATE_OID = 1082;

interface PgliteLike {
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[]; affectedRows?: number }>;
  exec(sql: string): Promise<unknown>;
}

function wrap(target: PgliteLike): Queryable {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      const result = await target.query<T>(sql, [...params]);
      return { rows: result.rows, rowCount: result.affectedRows ?? 0 };
    },
    async exec(sql: string): Promise<void> {
      await target.exec(sql);
    },
  };
}

/**
 * Embedded PostgreSQL (WASM). With `dataDir` the database lives in that folder and survives
 * restarts; without it the database is in memory (tests). One connection: PGlite runs queries
 * one at a time, and a transaction holds it exclusively until it ends.
 */
export async function openPglite(dataDir?: string): Promise<Database> {
  let unlock: () => void = () => undefined;
  if (dataDir !== undefined) {
    mkdirSync(dataDir, { recursive: true });
    unlock = lockDirectory(`${dataDir}.lock`);
  }
  let pg: PGlite;
  try {
    pg = await PGlite.create({
      ...(dataDir === undefined ? {} : { dataDir }),
      parsers: { [DATE_OID]: (value: string) => value },
    });
  } catch (error) {
    unlock();
    throw error;
  }
  const base = wrap(pg);
  // PGlite runs one statement at a time anyway; a FIFO queue in front keeps waiting fair, so a
  // request is never overtaken indefinitely by later ones under load.
  let tail: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(fn: () => Promise<T>): Promise<T> => {
    const turn = tail.then(fn, fn);
    tail = turn.catch(() => undefined);
    return turn;
  };
  return {
    kind: 'pglite',
    query: (sql, params) => inTurn(() => base.query(sql, params)),
    exec: (sql) => inTurn(() => base.exec(sql)),
    transaction: (fn) => inTurn(() => pg.transaction((tx) => fn(wrap(tx)))),
    async close() {
      try {
        await pg.close();
      } finally {
        unlock();
      }
    },
  };
}
