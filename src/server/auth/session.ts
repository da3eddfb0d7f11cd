import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ServerContext } from '../context.ts';
import type { Manager } from '../people/managers.ts';
import { newToken, sha256 } from './tokens.ts';

export const SESSION_COOKIE = 'cw_session';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

function cookieOptions(request: FastifyRequest) {
  return {
    httpOnly: true,
    sameSite: 'strict' as const,
    path: '/',
    secure: request.protocol === 'https',
  };
}

/** Starts a session: the cookie carries a random token, the database only its SHA-256. */
export async function startSession(ctx: ServerContext, request: FastifyRequest, reply: FastifyReply, managerId: string): Promise<void> {
  const token = newToken();
  const now = ctx.now();
  await ctx.db.query('DELETE FROM manager_sessions WHERE manager_id = $1 AND expires_at <= $2::timestamptz', [
    managerId,
    new Date(now).toISOString(),
  ]);
  await ctx.db.query('INSERT INTO manager_sessions (token_hash, manager_id, expires_at) VALUES ($1, $2, $3::timestamptz)', [
    sha256(token),
    managerId,
    new Date(now + SESSION_TTL_MS).toISOString(),
  ]);
  void reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions(request), maxAge: SESSION_TTL_MS / 1000 });
}

export async function endSession(ctx: ServerContext, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const token = request.cookies[SESSION_COOKIE];
  if (token) await ctx.db.query('DELETE FROM manager_sessions WHERE token_hash = $1', [sha256(token)]);
  void reply.clearCookie(SESSION_COOKIE, cookieOptions(request));
}

export async function sessionManager(ctx: ServerContext, request: FastifyRequest): Promise<Manager | null> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token || token.length > 200) return null;
  const { rows } = await ctx.db.query<Manager>(
    `SELECT m.id, m.email, m.name
       FROM manager_sessions s JOIN managers m ON m.id = s.manager_id
      WHERE s.token_hash = $1 AND s.expires_at > $2::timestamptz`,
    [sha256(token), new Date(ctx.now()).toISOString()],
  );
  return rows[0] ?? null;
}
