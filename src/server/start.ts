/**
 * `npm start`: builds the app if needed, opens the database (migrating it), serves on
 * HOST:PORT and shuts down cleanly on SIGTERM / SIGINT. Configuration: see config.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildApp } from './app.ts';
import { PROJECT_ROOT, readConfig, type ServerConfig } from './config.ts';
import { loadServerCourse } from './course-source.ts';
import { openDatabase } from './db/index.ts';
import { Shutdown } from './shutdown.ts';
import { readMailOptions } from './mail/mailer.ts';

function ensureBuilt(config: ServerConfig): void {
  if (existsSync(path.join(config.distDir, 'index.html'))) return;
  if (config.distDir !== path.join(PROJECT_ROOT, 'dist')) {
    throw new Error(`DIST_DIR ${config.distDir} has no index.html. Build the app there first.`);
  }
  if (!existsSync(path.join(PROJECT_ROOT, 'node_modules', 'vite'))) {
    throw new Error('dist/index.html is missing and this install cannot build (no development dependencies): run `npm run build` where they are installed, then start from that build.');
  }
  console.log('dist/index.html is missing: building the app (vite build) …');
  const result = spawnSync('npx', ['--no-install', 'vite', 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) throw new Error('Building the app failed; see the output above.');
}

async function main(): Promise<void> {
  const config = readConfig();
  const mail = readMailOptions();
  ensureBuilt(config);
  const course = await loadServerCourse(config.distDir, config.contentDir);
  const db = await openDatabase(config);
  const app = await buildApp({
    db,
    course,
    staticDir: config.distDir,
    trustProxy: config.trustProxy,
    mail,
    logger: { level: config.logLevel },
    logRequests: config.logLevel === 'debug' || config.logLevel === 'trace',
  });
  const shutdown = new Shutdown(app);

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      app.log.warn(`${signal} again: exiting now`);
      process.exit(1);
    }
    stopping = true;
    app.log.info(`${signal}: draining connections, closing the server, then the database`);
    try {
      await shutdown.close();
      await db.close();
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', (signal) => void stop(signal));
  process.on('SIGINT', (signal) => void stop(signal));

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await db.close();
    throw error;
  }
  app.log.info(`database: ${db.kind}${db.kind === 'pglite' ? ` in ${path.join(config.dataDir, 'pglite')}` : ''}`);
  app.log.info(course.source === 'build' ? 'course: as built in DIST_DIR' : `course: compiled from ${config.contentDir}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
