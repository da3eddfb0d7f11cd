import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isPostgresUrl } from './db/index.ts';

/** The project root (two levels above this file). */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ServerConfig {
  port: number;
  host: string;
  /** Where the embedded database lives (`<dataDir>/pglite`). */
  dataDir: string;
  /** `postgres://…` to use PostgreSQL instead of the embedded database. */
  databaseUrl: string | undefined;
  /** The built app. */
  distDir: string;
  contentDir: string;
  trustProxy: boolean;
  logLevel: string;
}

export class ConfigError extends Error {}

function port(value: string | undefined): number {
  if (value === undefined || value === '') return 3000;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new ConfigError(`PORT must be a whole number 0–65535, got "${value}".`);
  return n;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl !== undefined && !isPostgresUrl(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://; leave it unset for the embedded database.');
  }
  const resolve = (value: string | undefined, fallback: string) => path.resolve(value || path.join(PROJECT_ROOT, fallback));
  return {
    port: port(env.PORT),
    host: env.HOST || '127.0.0.1',
    dataDir: resolve(env.DATA_DIR, 'data'),
    databaseUrl,
    distDir: resolve(env.DIST_DIR, 'dist'),
    contentDir: resolve(env.CONTENT_DIR, 'content'),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    logLevel: env.LOG_LEVEL || 'info',
  };
}
