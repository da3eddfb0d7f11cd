import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildApp } from '../../src/server/app.ts';
import { loadCourse } from '../../src/server/course-loader.ts';
import { openDatabase } from '../../src/server/db/index.ts';
import { createManager } from '../../src/server/people/managers.ts';
import { startSmtpStandIn } from '../server/helpers/smtp-stand-in.ts';

export interface E2eManager {
  email: string;
  name: string;
  password: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** A manager account that exists on the server the browser tests use. */
    manager: E2eManager;
  }
}

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Serves the production build once for all browser tests, from the course server itself: the
 * app plus the API, on an embedded database in a temporary folder that goes away afterwards,
 * with one manager account made the way `npm run manager:create` makes it.
 */
export default async function setup(project: TestProject) {
  // E2E_DIST points the journeys at a build elsewhere (a second checkout's or a scratch build).
  const dist = process.env.E2E_DIST ? path.resolve(process.env.E2E_DIST) : path.join(ROOT, 'dist');
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`No build in ${dist}: run \`npm run build\` before \`npm run test:e2e\`.`);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'courseware-e2e-'));
  const db = await openDatabase({ dataDir });
  // Reminders go out by e-mail to a local stand-in for an SMTP server.
  const smtp = await startSmtpStandIn();
  const manager: E2eManager = { email: 'trainer@example.com', name: 'Zhang Min', password: randomBytes(18).toString('base64url') };
  try {
    await createManager(db, manager);
    const app = await buildApp({ db, course: loadCourse(path.join(ROOT, 'content')), staticDir: dist, mail: { url: smtp.url, from: 'Courseware <training@example.com>' } });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    project.provide('baseUrl', `http://127.0.0.1:${port}`);
    project.provide('manager', manager);
    return async () => {
      await app.close();
      await db.close();
      await smtp.close();
      rmSync(dataDir, { recursive: true, force: true });
    };
  } catch (error) {
    await db.close();
    await smtp.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
