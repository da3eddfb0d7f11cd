import pg from 'pg';
import type { Database, Queryable, QueryResult } from './types.ts';

const { builtins } = pg.types;

/**
 * Values come back in the same JavaScript types as from PGlite: `bigint` (counts, epoch
 * milliseconds) as numbers, `date` as `YYYY-MM-DD` text.
 */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === builtins.INT8) return (value: string) => Number(value);
    if (oid === builtins.DATE) return (value: string) => value;
    return pg.types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser,
};

export interface PostgresOptions {
  /** Pool size; PostgreSQL serves queries from several connections at once. */
  max?: number;
  /** Schema to work in (tests use one schema per run); default `public`. */
  schema?: string;
}

function wrap(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      const result = await client.query(sql, [...params]);
      return { rows: result.rows as T[], rowCount: result.rowCount ?? 0 };
    },
    async exec(sql: string): Promise<void> {
      await client.query(sql);
    },
  };
}

/** A PostgreSQL connection pool behind the server's database interface. */
export async function openPostgres(connectionString: string, options: PostgresOptions = {}): Promise<Database> {
  if (options.schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(options.schema)) {
    throw new Error(`Invalid schema name: ${options.schema}`);
  }
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    types,
    ...(options.schema === undefined ? {} : { options: `-c search_path=${options.schema}` }),
  });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  await pool.query('SELECT 1');
  const base = wrap(pool);
  return {
    kind: 'postgres',
    query: base.query,
    exec: base.exec,
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        // A connection that cannot even roll back is discarded rather than returned to the pool.
        await client.query('ROLLBACK').catch((rollbackError: Error) => {
          broken = rollbackError;
        });
        throw error;
      } finally {
        client.release(broken);
      }
    },
    async ping() {
      await pool.query('SELECT 1');
    },
    channelName: (channel) => channelName(options.schema, channel),
    listen: (channel, onMessage, onReconnect) => listen(connectionString, options.schema, channel, onMessage, onReconnect),
    close: () => pool.end(),
  };
}

/** Notification channels are per database: the schema's name keeps schemas (and test runs) apart. */
function channelName(schema: string | undefined, channel: string): string {
  return `${schema ?? 'public'}.${channel}`;
}

/** A dedicated connection that LISTENs, and comes back after a lost connection. */
async function listen(
  connectionString: string,
  schema: string | undefined,
  channel: string,
  onMessage: (payload: string) => void,
  onReconnect?: () => void,
): Promise<() => Promise<void>> {
  const name = channelName(schema, channel);
  let client: pg.Client | null = null;
  let stopped = false;
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString });
    next.on('notification', (message) => {
      if (message.channel === name && message.payload !== undefined) onMessage(message.payload);
    });
    next.on('error', () => {
      void next.end().catch(() => undefined);
      if (client === next) client = null;
      if (!stopped) void retry();
    });
    await next.connect();
    await next.query(`LISTEN "${name.replaceAll('"', '""')}"`);
    client = next;
  };
  const retry = async (): Promise<void> => {
    for (let delay = 250; !stopped; delay = Math.min(delay * 2, 5000)) {
      await new Promise((resolve) => setTimeout(resolve, delay));
      try {
        await connect();
        onReconnect?.();
        return;
      } catch {
        // The database is still away: try again, less often.
      }
    }
  };
  await connect();
  return async () => {
    stopped = true;
    await client?.end().catch(() => undefined);
  };
}
