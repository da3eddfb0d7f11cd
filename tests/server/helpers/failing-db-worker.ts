/**
 * A stand-in for the embedded database's thread that fails on demand: it starts like the real
 * one, never answers a query, and on `crash` throws (an uncaught error) or on `exit` ends with
 * code 3, as a thread that runs out of memory or aborts would.
 */
import { parentPort } from 'node:worker_threads';
import { NO_SYNCS, type WorkerRequest } from '../../../src/server/db/pglite-protocol.ts';

const port = parentPort!;
port.postMessage({ id: 0, ok: true, rows: [], rowCount: 0, stats: NO_SYNCS });
port.on('message', (request: WorkerRequest) => {
  if (request.op !== 'query') return;
  if (request.sql === 'crash') {
    setImmediate(() => {
      throw new Error('memory access out of bounds');
    });
  }
  if (request.sql === 'exit') process.exit(3);
});
