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
}

export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:\/\//.test(url);
}

/** Opens the configured database and brings its schema up to date. */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  const db = isPostgresUrl(config.databaseUrl)
    ? await openPostgres(config.databaseUrl)
    : await openPglite(path.join(config.dataDir, 'pglite'));
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
