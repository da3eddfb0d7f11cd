import type { ServerContext } from '../context.ts';
import { HttpError } from '../errors.ts';
import { findManagerByEmail, type Manager } from '../people/managers.ts';
import { decoyHash, verifyPassword } from './password.ts';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

export class LockedError extends HttpError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'account_locked', `Too many failed sign-ins for this account. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`);
  }
}

const invalid = () => new HttpError(401, 'invalid_credentials', 'The e-mail address or password is not correct.');

/**
 * Checks a manager's password. Five failures in a row lock the account for 15 minutes, during
 * which even the right password is refused; a success resets the count.
 */
export async function authenticate(ctx: ServerContext, email: string, password: string): Promise<Manager> {
  const manager = await findManagerByEmail(ctx.db, email);
  if (manager === null) {
    await verifyPassword(password, await decoyHash());
    throw invalid();
  }
  const now = ctx.now();
  if (manager.lockedUntil !== null && manager.lockedUntil > now) {
    throw new LockedError(Math.ceil((manager.lockedUntil - now) / 1000));
  }
  if (await verifyPassword(password, manager.passwordHash)) {
    if (manager.failedLogins > 0 || manager.lockedUntil !== null) {
      await ctx.db.query('UPDATE managers SET failed_logins = 0, locked_until = NULL WHERE id = $1', [manager.id]);
    }
    return { id: manager.id, email: manager.email, name: manager.name };
  }
  const { rows } = await ctx.db.query<{ failed_logins: number }>(
    `UPDATE managers
        SET failed_logins = CASE WHEN failed_logins + 1 >= $2 THEN 0 ELSE failed_logins + 1 END,
            locked_until = CASE WHEN failed_logins + 1 >= $2 THEN $3::timestamptz ELSE locked_until END
      WHERE id = $1
      RETURNING failed_logins`,
    [manager.id, MAX_FAILED_LOGINS, new Date(now + LOCKOUT_MS).toISOString()],
  );
  if (rows[0]?.failed_logins === 0) throw new LockedError(LOCKOUT_MS / 1000);
  throw invalid();
}
