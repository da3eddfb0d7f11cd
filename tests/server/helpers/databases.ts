import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPglite } from '../../../src/server/db/pglite.ts';
import { openPostgres } from '../../../src/server/db/postgres.ts';
import type { Database } from '../../../src/server/db/types.ts';

/** A way to get a fresh, empty database; every server test file runs once per variant. */
export interface DatabaseVariant {
  name: 'pglite' | 'postgres';
  /** Why this variant does not run here, or null when it does. */
  skip: string | null;
  create: () => Promise<Database>;
  /** A connection string for a child process (postgres only): the same fresh schema. */
  connectionString?: (schema: string) => string;
}

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;

/** A new schema in the test PostgreSQL database, dropped when the returned database closes. */
async function freshPostgres(url: string): Promise<Database> {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const db = await openPostgres(url, { schema, max: 5 });
  return {
    ...db,
    async close() {
      await db.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`DROP SCHEMA ${schema} CASCADE`);
      await cleanup.end();
    },
  };
}

export const DATABASE_VARIANTS: DatabaseVariant[] = [
  { name: 'pglite', skip: null, create: () => openPglite() },
  {
    name: 'postgres',
    skip: TEST_DATABASE_URL === undefined ? 'TEST_DATABASE_URL is not set' : null,
    create: () => freshPostgres(TEST_DATABASE_URL!),
  },
];

/** The variants that run here (PGlite always, PostgreSQL when TEST_DATABASE_URL is set). */
export const ACTIVE_VARIANTS = DATABASE_VARIANTS.filter((variant) => variant.skip === null);
