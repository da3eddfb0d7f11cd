/**
 * The embedded database's thread: PGlite (PostgreSQL in WASM) runs here, so a long statement
 * never stalls the server's event loop. Requests come from pglite.ts in the order they must run;
 * each gets one reply, in the same order.
 *
 * Durability (with a folder and syncs on, see wal-sync.ts): a reply waits until every commit made
 * up to its statement's end is synced to disk, so a write is acknowledged only once it is on disk
 * and nobody is shown a write that could still be lost. Syncs run in the background while the
 * next statements run, and the commits made during one sync share the next (group commit).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { NO_SYNCS, toWireError, type WorkerReply, type WorkerRequest, type WorkerSetup } from './pglite-protocol.ts';
import { syncedOptions, WalSync } from './wal-sync.ts';

/** Dates (`date` columns) come back as `YYYY-MM-DD` text, the same as from PostgreSQL. */
const DATE_OID = 1082;

const { setup } = workerData as { setup: WorkerSetup };
const port = parentPort!;
const syncing = setup.dataDir !== undefined && setup.durable;

/** Replies waiting for the requests up to `need` to be durable, in order of `need`. */
const held: { need: number; reply: WorkerReply }[] = [];
const sync = new WalSync(() => releaseDurable());

async function open(): Promise<PGlite> {
  const parsers = { [DATE_OID]: (value: string) => value };
  if (setup.dataDir === undefined) return PGlite.create({ parsers });
  if (!syncing) return PGlite.create({ dataDir: setup.dataDir, parsers });
  const pg = await PGlite.create({ ...syncedOptions(setup.dataDir, sync), parsers });
  // A new database (PGlite's initdb does not sync) or one written while syncs were off is on
  // disk from here on.
  await sync.syncTree(setup.dataDir);
  return pg;
}

const stats = () => (syncing ? sync.stats() : NO_SYNCS);

function post(reply: WorkerReply): void {
  try {
    port.postMessage({ ...reply, stats: stats() });
  } catch (error) {
    // A value the server's thread cannot receive (DataCloneError): the query fails instead.
    port.postMessage({ id: reply.id, ok: false, error: toWireError(error), stats: stats() } satisfies WorkerReply);
  }
}

/** Answers now if everything the statement may depend on is durable, or once it is. */
function answer(reply: WorkerReply): void {
  const need = sync.requests;
  if (held.length === 0 && need <= sync.durable) post(reply);
  else held.push({ need, reply });
}

/**
 * Sends the replies whose commits are now on disk. After a failed sync their fate is unknown:
 * they are answered with the error, and the thread ends (the server's side fails the rest).
 */
function releaseDurable(): void {
  const failure = sync.failed;
  if (failure !== null) {
    const error = toWireError(new Error(`Could not sync the database to disk: ${failure.message}`));
    for (const { reply } of held.splice(0)) post({ id: reply.id, ok: false, error, stats: NO_SYNCS });
    setImmediate(() => {
      throw failure;
    });
    return;
  }
  while (held.length > 0 && held[0]!.need <= sync.durable) post(held.shift()!.reply);
}

async function run(pg: PGlite, request: Exclude<WorkerRequest, { op: 'close' }>): Promise<WorkerReply> {
  try {
    if (request.op === 'exec') {
      await pg.exec(request.sql);
      return { id: request.id, ok: true, rows: [], rowCount: 0, stats: NO_SYNCS };
    }
    const result = await pg.query(request.sql, [...request.params]);
    return { id: request.id, ok: true, rows: result.rows, rowCount: result.affectedRows ?? 0, stats: NO_SYNCS };
  } catch (error) {
    return { id: request.id, ok: false, error: toWireError(error), stats: NO_SYNCS };
  }
}

async function close(pg: PGlite, id: number): Promise<void> {
  try {
    sync.flushSync();
    releaseDurable();
    await pg.close();
    post({ id, ok: true, rows: [], rowCount: 0, stats: NO_SYNCS });
  } catch (error) {
    post({ id, ok: false, error: toWireError(error), stats: NO_SYNCS });
  }
  port.close();
}

function serve(pg: PGlite): void {
  const queue: WorkerRequest[] = [];
  let draining = false;
  const drain = async () => {
    draining = true;
    for (let request = queue.shift(); request !== undefined; request = queue.shift()) {
      if (request.op === 'close') return close(pg, request.id);
      answer(await run(pg, request));
      releaseDurable();
      sync.startSync();
      // Lets requests that came meanwhile in, and finished syncs answer their statements.
      await new Promise((resolve) => setImmediate(resolve));
    }
    draining = false;
  };
  port.on('message', (request: WorkerRequest) => {
    queue.push(request);
    if (!draining) void drain();
  });
}

try {
  const pg = await open();
  post({ id: 0, ok: true, rows: [], rowCount: 0, stats: NO_SYNCS });
  serve(pg);
} catch (error) {
  post({ id: 0, ok: false, error: toWireError(error), stats: NO_SYNCS });
  port.close();
}
