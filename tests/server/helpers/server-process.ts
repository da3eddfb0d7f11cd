import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { TEST_DATABASE_URL } from './databases.ts';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface RunningServer {
  child: ChildProcess;
  url: string;
  output: () => string;
  /** Resolves with the exit code (or the signal name). */
  exited: Promise<number | string>;
}

/** Starts `src/server/start.ts` as a real process on a free loopback port. */
export function startServer(env: Record<string, string>, timeoutMs = 90_000): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/start.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start in time:\n${log}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]!, output: () => log, exited });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening:\n${log}`));
    });
  });
}

export function createManagerCli(env: Record<string, string>, email: string, name: string, password: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli/manager-create.ts', '--email', email, '--name', name], {
    cwd: ROOT,
    env: { ...process.env, ...env, MANAGER_PASSWORD: password },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

/**
 * What a test with real server processes makes: temporary folders, a database for the servers
 * (a fresh embedded one, or a fresh schema in the test PostgreSQL), and the processes; `cleanup`
 * (in afterAll) kills what still runs and removes the folders.
 */
export function serverFixtures(prefix: string) {
  const dirs: string[] = [];
  const servers: RunningServer[] = [];
  const tempDir = (kind: string) => {
    const dir = mkdtempSync(path.join(tmpdir(), `courseware-${prefix}-${kind}-`));
    dirs.push(dir);
    return dir;
  };
  return {
    tempDir,
    async start(env: Record<string, string>): Promise<RunningServer> {
      const server = await startServer(env);
      servers.push(server);
      return server;
    },
    /** Environment for servers sharing one database (and a stand-in build). */
    async env(variant: 'pglite' | 'postgres'): Promise<Record<string, string>> {
      const dist = tempDir('dist');
      mkdirSync(path.join(dist, 'assets'));
      writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>app</title>');
      if (variant === 'pglite') return { DATA_DIR: tempDir('data'), DIST_DIR: dist, DATABASE_URL: '' };
      const schema = `${prefix.replace(/\W/g, '_')}_${randomBytes(5).toString('hex')}`;
      const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      await admin.end();
      const url = new URL(TEST_DATABASE_URL!);
      url.searchParams.set('options', `-c search_path=${schema}`);
      return { DATABASE_URL: url.toString(), DIST_DIR: dist, DATA_DIR: tempDir('unused') };
    },
    cleanup(): void {
      for (const server of servers) if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    },
  };
}
