/**
 * The one database interface the server uses. Both implementations (embedded PGlite and a
 * PostgreSQL pool) speak the same SQL dialect; values are always passed as parameters.
 */
export type DatabaseKind = 'pglite' | 'postgres';

export interface QueryResult<T> {
  rows: T[];
  /** Rows inserted, updated or deleted (0 for plain reads that return nothing). */
  rowCount: number;
}

export interface Queryable {
  /** One statement with `$1, $2 …` placeholders bound to `params`. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>>;
  /** Several statements without parameters (migration files only, never user input). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: DatabaseKind;
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws.
   * Inside `fn`, query through `tx` only (the embedded database has a single connection).
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Resolves when the database is up, rejects when it is not (the health check). Unlike a query
   * it does not wait behind the statements queued on a busy embedded database.
   */
  ping(): Promise<void>;
  /**
   * PostgreSQL only: LISTEN on `channel` (scoped to this database's schema) on a connection of its
   * own, reconnecting after a failure (then `onReconnect`: notifications may have been missed).
   * Resolves to a function that stops listening.
   */
  listen?(channel: string, onMessage: (payload: string) => void, onReconnect?: () => void): Promise<() => Promise<void>>;
  /** The name `listen` uses for `channel`: pass it to `pg_notify` in a statement. */
  channelName?(channel: string): string;
  close(): Promise<void>;
}
