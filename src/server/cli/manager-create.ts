/**
 * `npm run manager:create -- --email ops@example.com --name "Wang Fang"`
 *
 * Creates a manager account in the configured database (DATA_DIR / DATABASE_URL, as the server).
 * The password comes from MANAGER_PASSWORD or, if unset, an interactive prompt (asked twice).
 * With the embedded database, stop the server first: one process owns the data folder.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { PASSWORD_MIN_LENGTH } from '../auth/password.ts';
import { MANAGER_NAME_MAX, PASSWORD_MAX_LENGTH } from '../../protocol/constants.ts';
import { readConfig } from '../config.ts';
import { openDatabase } from '../db/index.ts';
import { HttpError } from '../errors.ts';
import { createManager } from '../people/managers.ts';
import { text } from '../../protocol/fields.ts';
import { promptHidden } from './prompt.ts';

const input = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email('Expected an e-mail address.')),
  name: text(MANAGER_NAME_MAX),
  password: z
    .string()
    .min(PASSWORD_MIN_LENGTH, `The password must have at least ${PASSWORD_MIN_LENGTH} characters.`)
    .max(PASSWORD_MAX_LENGTH, `The password must have at most ${PASSWORD_MAX_LENGTH} characters.`),
});

async function readPassword(): Promise<string> {
  const fromEnv = process.env.MANAGER_PASSWORD;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  const first = await promptHidden('Password: ');
  if (!process.stdin.isTTY) return first;
  const again = await promptHidden('Password again: ');
  if (first !== again) throw new Error('The two passwords differ.');
  return first;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
  if (values.email === undefined || values.name === undefined) {
    throw new Error('Usage: manager-create --email <address> --name <name>   (password from MANAGER_PASSWORD or a prompt)');
  }
  const parsed = input.safeParse({ email: values.email, name: values.name, password: await readPassword() });
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'));
  const db = await openDatabase(readConfig());
  try {
    const manager = await createManager(db, parsed.data);
    console.log(`Manager created: ${manager.name} <${manager.email}> (${db.kind})`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof HttpError || error instanceof Error ? error.message : error);
  process.exit(1);
});
