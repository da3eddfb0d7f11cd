import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/types.ts';
import { conflict } from '../errors.ts';
import { hashPassword } from '../auth/password.ts';
import type { Manager } from '../../protocol/managers.ts';

export type { Manager };

export interface ManagerWithSecret extends Manager {
  passwordHash: string;
}

interface ManagerRow {
  id: string;
  email: string;
  name: string;
  password_hash: string;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function createManager(db: Queryable, input: { email: string; name: string; password: string }): Promise<Manager> {
  const manager = { id: randomUUID(), email: normaliseEmail(input.email), name: input.name.trim() };
  const passwordHash = await hashPassword(input.password);
  const result = await db.query(
    'INSERT INTO managers (id, email, name, password_hash) VALUES ($1, $2, $3, $4) ON CONFLICT (email) DO NOTHING',
    [manager.id, manager.email, manager.name, passwordHash],
  );
  if (result.rowCount === 0) throw conflict('email_taken', `A manager with e-mail ${manager.email} already exists.`);
  return manager;
}

export async function findManagerByEmail(db: Queryable, email: string): Promise<ManagerWithSecret | null> {
  const { rows } = await db.query<ManagerRow>(
    'SELECT id, email, name, password_hash FROM managers WHERE email = $1',
    [normaliseEmail(email)],
  );
  const row = rows[0];
  if (row === undefined) return null;
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    passwordHash: row.password_hash,
  };
}
