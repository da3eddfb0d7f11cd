// @vitest-environment node
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { readDataSync } from '../../src/server/db/index.ts';
import { migrate } from '../../src/server/db/migrate.ts';
import { WorkerLink } from '../../src/server/db/pglite-link.ts';
import { openPglite, type PgliteDatabase } from '../../src/server/db/pglite.ts';
import { WalSync } from '../../src/server/db/wal-sync.ts';
import { compiledCourse } from './helpers/course.ts';

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/** Runs `fn` with a database that is closed afterwards, whatever happens. */
async function withDatabase<T>(open: () => Promise<PgliteDatabase>, fn: (db: PgliteDatabase) => Promise<T>): Promise<T> {
  const db = await open();
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

/** One in-memory database for the tests that need no folder of their own (each has its own tables). */
let memory: Promise<PgliteDatabase> | undefined;
const memoryDatabase = () => (memory ??= openPglite());
afterAll(async () => {
  await (await memory)?.close();
});

const SLOW_STATEMENT = 'SELECT pg_sleep(0.6)';

describe('the embedded database runs beside the event loop', () => {
  it('keeps the event loop free while a statement runs for 600 ms', async () => {
    const db = await memoryDatabase();
    await db.query('SELECT 1');
    // The longest the event loop went without running a 10 ms timer while the statement ran.
    let last = performance.now();
    let longest = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 10);
    const started = performance.now();
    await db.query(SLOW_STATEMENT);
    const ended = performance.now();
    clearInterval(ticker);
    longest = Math.max(longest, ended - last);
    expect(ended - started).toBeGreaterThanOrEqual(500);
    // In the server's thread the loop would stand still for the whole statement.
    expect(longest).toBeLessThan(150);
  });

  it('serves a static file and answers the health check while a long statement runs', async () => {
    const dist = tempDir('courseware-embedded-dist-');
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>app</title>');
    const db = await memoryDatabase();
    await migrate(db);
    const app = await buildApp({ db, course: compiledCourse(), staticDir: dist });
    try {
      await app.inject({ method: 'GET', url: '/api/health' });
      let slowDone = Number.POSITIVE_INFINITY;
      const slow = db.query(SLOW_STATEMENT).then(() => {
        slowDone = performance.now();
      });
      const page = await app.inject({ method: 'GET', url: '/' });
      const pageDone = performance.now();
      const health = await app.inject({ method: 'GET', url: '/api/health' });
      const healthDone = performance.now();
      await slow;
      expect(page.statusCode).toBe(200);
      expect(health.statusCode).toBe(200);
      expect(health.json()).toEqual({ status: 'ok', database: 'pglite' });
      expect(pageDone).toBeLessThan(slowDone);
      expect(healthDone).toBeLessThan(slowDone);
    } finally {
      await app.close();
    }
  });
});

describe('the embedded database answers as PostgreSQL does', () => {
  it('returns values in the same types as the PostgreSQL driver', async () => {
    const db = await memoryDatabase();
    await db.exec(`CREATE TABLE kinds (d date, t timestamptz, n bigint, big bigint, j jsonb, b bytea, x text)`);
    await db.query('INSERT INTO kinds VALUES ($1, $2, $3, $4, $5, $6, $7)', [
      '2025-03-09',
      new Date('2025-03-09T10:00:00Z'),
      42,
      9_007_199_254_740_993n,
      { a: [1, 'b'] },
      new Uint8Array([1, 2, 3]),
      null,
    ]);
    const { rows, rowCount } = await db.query('SELECT * FROM kinds');
    expect(rowCount).toBe(0);
    expect(rows).toEqual([
      { d: '2025-03-09', t: new Date('2025-03-09T10:00:00Z'), n: 42, big: 9_007_199_254_740_993n, j: { a: [1, 'b'] }, b: new Uint8Array([1, 2, 3]), x: null },
    ]);
    expect((await db.query('UPDATE kinds SET x = $1', ['y'])).rowCount).toBe(1);
  });

  it('throws PostgreSQL errors with their code and fields, from the caller', async () => {
    const db = await memoryDatabase();
    await db.exec('CREATE TABLE people (id int PRIMARY KEY, email text UNIQUE)');
    await db.query('INSERT INTO people VALUES (1, $1)', ['a@example.com']);
    const duplicate = await db.query('INSERT INTO people VALUES (2, $1)', ['a@example.com']).catch((error: unknown) => error);
    expect(duplicate).toBeInstanceOf(Error);
    expect(duplicate).toMatchObject({
      code: '23505',
      message: 'duplicate key value violates unique constraint "people_email_key"',
      detail: 'Key (email)=(a@example.com) already exists.',
      constraint: 'people_email_key',
      table: 'people',
      severity: 'ERROR',
    });
    // Bound values stay behind (they may be personal data); the stack is this test's.
    expect(duplicate).not.toHaveProperty('params');
    expect((duplicate as Error).stack).toContain('embedded-db.test.ts');
    await expect(db.query('SELEC 1')).rejects.toMatchObject({ code: '42601', position: '1' });
    await expect(db.exec('SELECT 1; SELECT nothing_here')).rejects.toMatchObject({ code: '42703' });
    // The connection is fine afterwards.
    expect((await db.query('SELECT count(*)::int AS n FROM people')).rows).toEqual([{ n: 1 }]);
  });

  it('runs a transaction alone: others wait for it, a throw rolls it back, and it cannot be used once ended', async () => {
    const db = await memoryDatabase();
    await db.exec('CREATE TABLE notes (id int PRIMARY KEY)');
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const order: string[] = [];
    let leaked: Parameters<Parameters<typeof db.transaction>[0]>[0] | undefined;
    const tx = db.transaction(async (t) => {
      leaked = t;
      await t.query('INSERT INTO notes VALUES (1)');
      await held;
      order.push('transaction');
      throw new Error('changed my mind');
    });
    const outside = db.query<{ n: number }>('SELECT count(*)::int AS n FROM notes').then((result) => {
      order.push('outside');
      return result.rows[0]!.n;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(order).toEqual([]);
    release();
    await expect(tx).rejects.toThrow('changed my mind');
    expect(await outside).toBe(0);
    expect(order).toEqual(['transaction', 'outside']);
    await expect(leaked!.query('SELECT 1')).rejects.toThrow('This transaction has already ended.');

    expect(await db.transaction(async (t) => (await t.query('INSERT INTO notes VALUES (2)')).rowCount)).toBe(1);
    await expect(db.transaction((t) => t.query('INSERT INTO notes VALUES (2)'))).rejects.toMatchObject({ code: '23505' });
    expect((await db.query('SELECT id FROM notes')).rows).toEqual([{ id: 2 }]);
  });
});

describe('the embedded database thread starts, stops and fails cleanly', () => {
  const failing = new URL('./helpers/failing-db-worker.ts', import.meta.url);
  const setup = { dataDir: undefined, durable: false };

  it('fails waiting and later queries with a clear error when the thread crashes', async () => {
    const link = await WorkerLink.start(failing, setup);
    const waiting = link.request({ op: 'query', sql: 'SELECT 1', params: [] });
    const crash = link.request({ op: 'query', sql: 'crash', params: [] });
    await expect(waiting).rejects.toThrow('The embedded database stopped: memory access out of bounds');
    await expect(crash).rejects.toThrow('The embedded database stopped: memory access out of bounds');
    await expect(link.request({ op: 'query', sql: 'SELECT 1', params: [] })).rejects.toThrow('The embedded database stopped');
    expect(link.failure?.message).toContain('memory access out of bounds');
    await link.close();
  });

  it('fails them too when the thread exits', async () => {
    const link = await WorkerLink.start(failing, setup);
    const waiting = link.request({ op: 'query', sql: 'SELECT 1', params: [] });
    void link.request({ op: 'query', sql: 'exit', params: [] }).catch(() => undefined);
    await expect(waiting).rejects.toThrow('The embedded database stopped unexpectedly (its thread exited with code 3).');
  });

  it('closes: the thread ends, later queries fail, the folder can be opened again', async () => {
    const dir = path.join(tempDir('courseware-embedded-'), 'pglite');
    const db = await openPglite(dir);
    await db.exec('CREATE TABLE kept (n int)');
    await db.query('INSERT INTO kept VALUES (7)');
    const pending = db.query('SELECT n FROM kept');
    await db.close();
    expect((await pending).rows).toEqual([{ n: 7 }]);
    await expect(db.query('SELECT 1')).rejects.toThrow('The database is closed.');
    await expect(db.ping()).rejects.toThrow('The database is closed.');
    await db.close();
    await withDatabase(
      () => openPglite(dir),
      async (again) => expect((await again.query('SELECT n FROM kept')).rows).toEqual([{ n: 7 }]),
    );
  });

  it('opens a data folder that PGlite wrote in the server thread before, and writes on in it', async () => {
    const dir = path.join(tempDir('courseware-embedded-'), 'pglite');
    const before = await PGlite.create({ dataDir: dir });
    await before.exec("CREATE TABLE kept (n int); INSERT INTO kept VALUES (1);");
    await before.close();
    await withDatabase(
      () => openPglite(dir),
      async (db) => {
        await db.query('INSERT INTO kept VALUES (2)');
        expect((await db.query('SELECT n FROM kept ORDER BY n')).rows).toEqual([{ n: 1 }, { n: 2 }]);
      },
    );
  });
});

describe('acknowledged writes to the embedded database are on disk', () => {
  const openOnDisk = (durable?: boolean) => openPglite(path.join(tempDir('courseware-durable-'), 'pglite'), durable === undefined ? {} : { durable });
  let durable: Promise<PgliteDatabase> | undefined;
  const durableDatabase = () => (durable ??= openOnDisk());
  afterAll(async () => {
    await (await durable)?.close();
  });

  it('syncs a write to disk before its promise resolves', async () => {
    const db = await durableDatabase();
    expect((await db.query('SHOW fsync')).rows).toEqual([{ fsync: 'on' }]);
    expect((await db.query('SHOW wal_sync_method')).rows).toEqual([{ wal_sync_method: 'fsync' }]);
    await db.exec('CREATE TABLE events (id int PRIMARY KEY)');
    const before = db.syncStats();
    await db.query('INSERT INTO events VALUES (1)');
    const after = db.syncStats();
    expect(after.walSyncRequests).toBe(before.walSyncRequests + 1);
    expect(after.groupSyncs).toBe(before.groupSyncs + 1);
    expect(after.fileSyncs).toBeGreaterThan(before.fileSyncs);
    expect(after.pending).toBe(0);
    // A read commits nothing and waits for no sync.
    await db.query('SELECT * FROM events');
    expect(db.syncStats()).toEqual(after);
  });

  it('lets concurrent commits share syncs, answering each only once it is synced', async () => {
    const db = await durableDatabase();
    await db.exec('CREATE TABLE batch_events (id int PRIMARY KEY)');
    const before = db.syncStats();
    const commits = 40;
    // Statement i makes request number before + i + 1; its answer must find that one synced.
    const durableAtAnswer = await Promise.all(
      Array.from({ length: commits }, (_, i) =>
        db.query('INSERT INTO batch_events VALUES ($1)', [i]).then(() => {
          const stats = db.syncStats();
          return stats.walSyncRequests - stats.pending - (before.walSyncRequests + i + 1);
        }),
      ),
    );
    const after = db.syncStats();
    for (const margin of durableAtAnswer) expect(margin).toBeGreaterThanOrEqual(0);
    expect(after.walSyncRequests - before.walSyncRequests).toBe(commits);
    expect(after.pending).toBe(0);
    const syncs = after.groupSyncs - before.groupSyncs;
    expect(syncs).toBeGreaterThanOrEqual(1);
    expect(syncs).toBeLessThan(commits);
    expect((await db.query('SELECT count(*)::int AS n FROM batch_events')).rows).toEqual([{ n: commits }]);
  });

  it('reads DATA_SYNC: on unless it says off, and refuses anything else', () => {
    for (const value of [undefined, '', 'on']) expect(readDataSync(value)).toBe(true);
    expect(readDataSync('off')).toBe(false);
    expect(() => readDataSync('false')).toThrow('DATA_SYNC must be "on" or "off" (without it: on), got "false".');
  });

  it('keeps the old behaviour with syncs off: nothing is synced', async () => {
    await withDatabase(
      () => openOnDisk(false),
      async (db) => {
        expect((await db.query('SHOW fsync')).rows).toEqual([{ fsync: 'off' }]);
        await db.exec('CREATE TABLE events (id int PRIMARY KEY)');
        await db.query('INSERT INTO events VALUES (1)');
        expect(db.syncStats()).toEqual({ walSyncRequests: 0, groupSyncs: 0, pending: 0, fileSyncs: 0 });
      },
    );
  });
});

describe('the write-ahead log reaches the disk before anything that depends on it', () => {
  type Op = (...args: unknown[]) => unknown;
  const FILE = 0o100644;

  /** NODEFS as far as the hooks see it, recording each operation with the syncs still pending then. */
  function fakeNodefs(sync: WalSync, log: string[]) {
    const record = (name: string) => (stream: unknown) => {
      log.push(`${name} ${(stream as { path?: string }).path ?? ''} (pending ${sync.stats().pending})`);
      return 0;
    };
    const streamOps: Record<string, Op | undefined> = { write: record('write'), close: record('close'), setattr: record('truncate'), msync: record('msync') };
    const nodeOps: Record<string, Op | undefined> = Object.fromEntries(['mknod', 'rename', 'unlink', 'rmdir', 'symlink', 'setattr'].map((name) => [name, record(name)]));
    sync.install({ FS: { isFile: (mode) => (mode & 0o170000) === 0o100000 }, NODEFS: { stream_ops: streamOps, node_ops: nodeOps, tryFSOperation: (fn) => fn() } });
    return { streamOps, nodeOps };
  }

  it('notes a commit\'s log sync, and makes it before a write, sync, rename or close elsewhere', async () => {
    const dir = tempDir('courseware-walsync-');
    const walFd = openSync(path.join(dir, 'wal'), 'w');
    const dataFd = openSync(path.join(dir, 'data'), 'w');
    try {
      const wal = { path: '/pglite/data/pg_wal/000000010000000000000001', nfd: walFd, node: { mode: FILE } };
      const data = { path: '/pglite/data/base/5/16384', nfd: dataFd, node: { mode: FILE } };
      const log: string[] = [];
      const sync = new WalSync();
      const { streamOps, nodeOps } = fakeNodefs(sync, log);

      // A commit: the log is written, its sync noted, and the log written on; nothing synced yet.
      streamOps.write!(wal);
      streamOps.fsync!(wal);
      streamOps.write!(wal);
      expect(sync.stats()).toEqual({ walSyncRequests: 1, groupSyncs: 0, pending: 1, fileSyncs: 0 });
      // A data page written after it: the log is synced first.
      streamOps.write!(data);
      expect(sync.stats()).toEqual({ walSyncRequests: 1, groupSyncs: 1, pending: 0, fileSyncs: 1 });
      // Likewise before a data file's own sync, a rename and the log file's close.
      streamOps.fsync!(wal);
      streamOps.fsync!(data);
      streamOps.fsync!(wal);
      nodeOps.rename!({ path: '/pglite/data/pg_wal' });
      streamOps.fsync!(wal);
      streamOps.close!(wal);
      expect(log).toEqual([
        'write /pglite/data/pg_wal/000000010000000000000001 (pending 0)',
        'write /pglite/data/pg_wal/000000010000000000000001 (pending 1)',
        'write /pglite/data/base/5/16384 (pending 0)',
        'rename /pglite/data/pg_wal (pending 0)',
        'close /pglite/data/pg_wal/000000010000000000000001 (pending 0)',
      ]);
      expect(sync.stats()).toEqual({ walSyncRequests: 4, groupSyncs: 4, pending: 0, fileSyncs: 5 });

      // In the background: requests noted during one sync wait for the next, which covers them all.
      let durableRounds = 0;
      const background = new WalSync(() => durableRounds++);
      const hooks = fakeNodefs(background, []);
      hooks.streamOps.fsync!(wal);
      background.startSync();
      hooks.streamOps.fsync!(wal);
      hooks.streamOps.fsync!(wal);
      background.startSync();
      expect(background.durable).toBe(0);
      await new Promise<void>((resolve) => {
        const check = () => (background.durable === 3 ? resolve() : setTimeout(check, 5));
        check();
      });
      expect(durableRounds).toBe(2);
      expect(background.stats()).toEqual({ walSyncRequests: 3, groupSyncs: 2, pending: 0, fileSyncs: 2 });

      // A log file closed while its background sync runs (the next segment begins) is synced
      // first and never touched again: a later sync does not fail on its closed descriptor.
      const rotating = new WalSync();
      const oldSegment = { ...wal, nfd: openSync(path.join(dir, 'segment-1'), 'w') };
      const newSegment = { ...wal, path: '/pglite/data/pg_wal/000000010000000000000002', nfd: openSync(path.join(dir, 'segment-2'), 'w') };
      const rotated = fakeNodefs(rotating, []);
      rotated.streamOps.fsync!(oldSegment);
      rotating.startSync();
      rotated.streamOps.close!(oldSegment);
      closeSync(oldSegment.nfd);
      rotated.streamOps.fsync!(newSegment);
      rotated.streamOps.write!(data);
      expect(rotating.failed).toBeNull();
      expect(rotating.stats()).toMatchObject({ walSyncRequests: 2, pending: 0 });
      closeSync(newSegment.nfd);
    } finally {
      closeSync(walFd);
      closeSync(dataFd);
    }
  });
});
