import type { FastifyRequest } from 'fastify';
import type { ServerContext } from '../context.ts';
import { HttpError, unauthorized } from '../errors.ts';
import type { Manager } from '../people/managers.ts';
import { findLearnerByToken, type Learner } from '../people/learners.ts';
import { sessionManager } from './session.ts';

export async function requireManager(ctx: ServerContext, request: FastifyRequest): Promise<Manager> {
  const manager = await sessionManager(ctx, request);
  if (manager === null) throw unauthorized('Sign in as a manager first.');
  return manager;
}

const BEARER = /^Bearer ([A-Za-z0-9_-]{20,200})$/;

/** The learner whose token is in `Authorization: Bearer <token>`. */
export async function requireLearner(ctx: ServerContext, request: FastifyRequest): Promise<Learner> {
  const header = request.headers.authorization;
  if (header === undefined) throw unauthorized('Join a cohort first: this request needs a learner token.');
  const match = BEARER.exec(header);
  if (match === null) throw new HttpError(401, 'unauthorized', 'Send the learner token as "Authorization: Bearer <token>".');
  const learner = await findLearnerByToken(ctx.db, match[1]!);
  if (learner === null) throw new HttpError(401, 'unauthorized', 'This learner token is not valid (any more). Ask your manager for a new one.');
  return learner;
}
