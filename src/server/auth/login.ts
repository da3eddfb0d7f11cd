import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ServerContext } from '../context.ts';
import { HttpError } from '../errors.ts';
import { findManagerByEmail, normaliseEmail, type Manager } from '../people/managers.ts';
import { decoyHash, verifyPassword } from './password.ts';
import { newToken, sha256 } from './tokens.ts';

/** Failed sign-ins one source may make for one e-mail address before it waits. */
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;
/**
 * Failed sign-ins for one address from all unknown sources together in a window: past this, only
 * browsers that signed in to the account before may try (a spread-out guessing attack).
 */
export const MAX_FAILED_LOGINS_UNKNOWN_SOURCES = 50;

/** Remembers a browser that signed in, so failures elsewhere never lock it out. */
export const DEVICE_COOKIE = 'cw_device';
const DEVICE_COOKIE_PATH = '/api/manager/login';
const DEVICE_TTL_MS = 365 * 24 * 60 * 60 * 1000;

export class LockedError extends HttpError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      429,
      'account_locked',
      `Too many failed sign-ins with this e-mail address from this browser or network. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
    );
  }
}

const invalid = () => new HttpError(401, 'invalid_credentials', 'The e-mail address or password is not correct.');

interface Attempt {
  failures: number;
  locked_until: Date | null;
}

/**
 * Counts this attempt as a failure before the password is checked (a success clears it), in one
 * atomic statement: of many attempts sent at once, only the first few get their password
 * checked. An expired window or lock starts afresh.
 */
const RESERVE = `
  INSERT INTO login_throttle AS t (email, source, failures, window_start, locked_until)
  VALUES ($1, $2, 1, $3::timestamptz, NULL)
  ON CONFLICT (email, source) DO UPDATE SET
    failures = CASE WHEN t.locked_until > $3::timestamptz THEN t.failures
                    WHEN t.locked_until IS NOT NULL OR t.window_start <= $4::timestamptz THEN 1
                    ELSE t.failures + 1 END,
    window_start = CASE WHEN t.locked_until > $3::timestamptz THEN t.window_start
                        WHEN t.locked_until IS NOT NULL OR t.window_start <= $4::timestamptz THEN $3::timestamptz
                        ELSE t.window_start END,
    locked_until = CASE WHEN t.locked_until > $3::timestamptz THEN t.locked_until END
  RETURNING failures, locked_until`;

/** Where an attempt comes from: a browser known to the account, or else the client's address. */
async function sourceOf(ctx: ServerContext, request: FastifyRequest, email: string): Promise<{ source: string; known: boolean }> {
  const token = request.cookies[DEVICE_COOKIE];
  if (token !== undefined && token.length <= 200) {
    const hash = sha256(token);
    const { rows } = await ctx.db.query<{ email: string }>(
      'SELECT m.email FROM manager_devices d JOIN managers m ON m.id = d.manager_id WHERE d.token_hash = $1',
      [hash],
    );
    if (rows[0]?.email === email) return { source: `device:${hash}`, known: true };
  }
  return { source: `ip:${request.ip}`, known: false };
}

let attemptsSinceSweep = 0;

/** Forgets windows and locks that have run out (every hundredth attempt: the table stays small). */
async function sweep(ctx: ServerContext, now: number): Promise<void> {
  if (++attemptsSinceSweep < 100) return;
  attemptsSinceSweep = 0;
  const cutoff = new Date(now - LOCKOUT_MS).toISOString();
  await ctx.db.query('DELETE FROM login_throttle WHERE window_start < $1::timestamptz AND (locked_until IS NULL OR locked_until < $2::timestamptz)', [
    cutoff,
    new Date(now).toISOString(),
  ]);
}

/**
 * Checks a manager's password. Five failures for one e-mail address from one source (a client
 * address, or a browser that signed in to the account before) make that source wait 15 minutes,
 * during which even the right password is refused from it; a success clears its count. Other
 * sources are unaffected, so a stranger cannot lock the owner out. Unknown and known addresses
 * are answered alike, locks included.
 */
export async function authenticate(ctx: ServerContext, request: FastifyRequest, rawEmail: string, password: string): Promise<Manager> {
  const email = normaliseEmail(rawEmail);
  const now = ctx.now();
  await sweep(ctx, now);
  const { source, known } = await sourceOf(ctx, request, email);
  const { rows } = await ctx.db.query<Attempt>(RESERVE, [email, source, new Date(now).toISOString(), new Date(now - LOCKOUT_MS).toISOString()]);
  const attempt = rows[0]!;
  const lockedUntil = attempt.locked_until?.getTime() ?? null;
  if (lockedUntil !== null && lockedUntil > now) throw new LockedError(Math.ceil((lockedUntil - now) / 1000));
  if (attempt.failures > MAX_FAILED_LOGINS) throw await lock(ctx, email, source, now);
  if (!known) {
    const { rows: spread } = await ctx.db.query<{ failures: number }>(
      `SELECT COALESCE(sum(failures), 0)::int AS failures FROM login_throttle
        WHERE email = $1 AND source LIKE 'ip:%' AND window_start > $2::timestamptz`,
      [email, new Date(now - LOCKOUT_MS).toISOString()],
    );
    if (spread[0]!.failures > MAX_FAILED_LOGINS_UNKNOWN_SOURCES) throw new LockedError(LOCKOUT_MS / 1000);
  }

  const manager = await findManagerByEmail(ctx.db, email);
  const matches = await verifyPassword(password, manager?.passwordHash ?? (await decoyHash()));
  if (manager !== null && matches) {
    await ctx.db.query('DELETE FROM login_throttle WHERE email = $1 AND source = $2', [email, source]);
    return { id: manager.id, email: manager.email, name: manager.name };
  }
  if (attempt.failures >= MAX_FAILED_LOGINS) throw await lock(ctx, email, source, now);
  throw invalid();
}

async function lock(ctx: ServerContext, email: string, source: string, now: number): Promise<LockedError> {
  await ctx.db.query('UPDATE login_throttle SET locked_until = $3::timestamptz WHERE email = $1 AND source = $2 AND locked_until IS NULL', [
    email,
    source,
    new Date(now + LOCKOUT_MS).toISOString(),
  ]);
  const { rows } = await ctx.db.query<{ locked_until: Date }>('SELECT locked_until FROM login_throttle WHERE email = $1 AND source = $2', [email, source]);
  const until = rows[0]?.locked_until?.getTime() ?? now + LOCKOUT_MS;
  return new LockedError(Math.max(1, Math.ceil((until - now) / 1000)));
}

/** After a successful sign-in: this browser is now known to the account (a new token each time). */
export async function rememberDevice(ctx: ServerContext, request: FastifyRequest, reply: FastifyReply, managerId: string): Promise<void> {
  const old = request.cookies[DEVICE_COOKIE];
  if (old !== undefined && old.length <= 200) await ctx.db.query('DELETE FROM manager_devices WHERE token_hash = $1', [sha256(old)]);
  const token = newToken();
  await ctx.db.query('INSERT INTO manager_devices (token_hash, manager_id, last_used_at) VALUES ($1, $2, $3::timestamptz)', [
    sha256(token),
    managerId,
    new Date(ctx.now()).toISOString(),
  ]);
  void reply.setCookie(DEVICE_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    path: DEVICE_COOKIE_PATH,
    secure: request.protocol === 'https',
    maxAge: DEVICE_TTL_MS / 1000,
  });
}
