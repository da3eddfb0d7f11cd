import { isIP } from 'node:net';
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
  trustProxy: TrustProxy;
  logLevel: string;
}

export class ConfigError extends Error {}

/**
 * Which `X-Forwarded-*` headers to believe: none (`false`), those added by the nearest N proxies
 * (a hop count), or those added by proxies at these addresses or CIDR ranges. Never "all": the
 * leftmost `X-Forwarded-For` address is whatever the client wrote.
 */
export type TrustProxy = false | number | string[];

function isAddressOrRange(value: string): boolean {
  const [address = '', bits, ...rest] = value.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d+$/.test(bits) && n <= (family === 4 ? 32 : 128);
}

export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = (value ?? '').trim();
  if (text === '' || text === '0' || text === 'false') return false;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 10) throw new ConfigError(`TRUST_PROXY=${text}: at most 10 proxies in front of the server.`);
    return hops;
  }
  if (text === 'true') {
    throw new ConfigError(
      'TRUST_PROXY=true would believe any X-Forwarded-For a client writes. Give the number of proxies in front of the server (usually 1) or their addresses (e.g. 10.0.0.5 or 10.0.0.0/8).',
    );
  }
  const addresses = text.split(',').map((part) => part.trim());
  const bad = addresses.find((part) => !isAddressOrRange(part));
  if (bad !== undefined) {
    throw new ConfigError(`TRUST_PROXY: "${bad}" is not an IP address or CIDR range; give a number of proxies or a comma-separated list of addresses.`);
  }
  return addresses;
}

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
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    logLevel: env.LOG_LEVEL || 'info',
  };
}
