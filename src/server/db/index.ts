import path from 'node:path';
import { migrate } from './migrate.ts';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';
import type { Database } from './types.ts';

export type { Database, DatabaseKind, Queryable, QueryResult } from './types.ts';
export { migrate } from './migrate.ts';

export interface DatabaseConfig {
  /** `postgres://…` selects PostgreSQL; otherwise the embedded database is used. */
  databaseUrl?: string | undefined;
  /** The embedded database lives in `<dataDir>/pglite`. */
  dataDir: string;
  /**
   * Whether the embedded database syncs each write to disk before acknowledging it; by default
   * from `DATA_SYNC` (`on` unless it says `off`).
   */
  dataSync?: boolean;
}

/** `DATA_SYNC`: `on` (the default) or `off`. */
export function readDataSync(value: string | undefined): boolean {
  if (value === undefined || value === '' || value === 'on') return true;
  if (value === 'off') return false;
  throw new Error(`DATA_SYNC must be "on" or "off" (without it: on), got "${value}".`);
}

export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:\/\//.test(url);
}

/** Opens the configured database and brings its schema up to date. */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  const db = isPostgresUrl(config.databaseUrl)
    ? await openPostgres(config.databaseUrl)
    : await openPglite(path.join(config.dataDir, 'pglite'), { durable: config.dataSync ?? readDataSync(process.env.DATA_SYNC) });
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
