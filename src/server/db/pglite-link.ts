import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { fromWireError, NO_SYNCS, type SyncStats, type WorkerReply, type WorkerRequest, type WorkerSetup } from './pglite-protocol.ts';

/**
 * The worker is TypeScript, loaded as the server is: through tsx, registered in the thread before
 * the script is imported (a worker does not inherit the server's loader).
 */
const TSX_API = tsxEsmApi();
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.tsx).then(({ register }) => {
  register();
  return import(workerData.script);
});
`;

/**
 * Where tsx's ESM API is, from its package manifest: `import.meta.resolve` would say, but not
 * every module loader that runs the server has it (test runners do not).
 */
function tsxEsmApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(path.join(path.dirname(manifest), exports['./esm/api']!.import.default)).href;
}

/** A request before it is numbered. */
type Body = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

interface Waiting {
  resolve: (reply: WorkerReply) => void;
  reject: (error: Error) => void;
  /** `performance.now()` when the request was sent. */
  sentAt: number;
}

/**
 * The server's end of the database thread: numbered requests, their replies, and what happens
 * when the thread dies (every waiting request fails with the reason, and so does every later
 * one) or closes. The thread keeps the process alive only while a request waits.
 */
export class WorkerLink {
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  private stopped: Error | null = null;
  private latest: SyncStats = NO_SYNCS;
  private lastReplyAt = performance.now();

  private constructor(private readonly worker: Worker) {
    worker.on('message', (reply: WorkerReply) => this.receive(reply));
    worker.on('error', (error) => this.fail(new Error(`The embedded database stopped: ${error.message}`, { cause: error })));
    worker.on('exit', (code) => this.fail(new Error(`The embedded database stopped unexpectedly (its thread exited with code ${code}).`)));
  }

  /** Starts `script` in a thread and waits for its start-up reply (request 0). */
  static async start(script: URL, setup: WorkerSetup): Promise<WorkerLink> {
    const workerData = { tsx: TSX_API, script: script.href, setup };
    const link = new WorkerLink(new Worker(BOOTSTRAP, { eval: true, workerData }));
    const started = new Promise<WorkerReply>((resolve, reject) => link.wait(0, { resolve, reject, sentAt: performance.now() }));
    const reply = await started.catch(async (error: unknown) => {
      await link.worker.terminate();
      throw error;
    });
    if (!reply.ok) {
      await link.worker.terminate();
      throw fromWireError(reply.error);
    }
    return link;
  }

  /** What the disk syncs had done when the latest reply left the thread. */
  get stats(): SyncStats {
    return this.latest;
  }

  /**
   * Sends a request; resolves with its reply (a PostgreSQL error too: see fromWireError), and
   * rejects only when the thread has stopped.
   */
  request(body: Body): Promise<WorkerReply> {
    if (this.stopped !== null) return Promise.reject(this.stopped);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.wait(id, { resolve, reject, sentAt: performance.now() });
      this.worker.postMessage({ ...body, id });
    });
  }

  /** Why the thread no longer answers (it stopped or was closed), or null while it does. */
  get failure(): Error | null {
    return this.stopped;
  }

  /**
   * Whether the thread is busy and visibly getting on with it: requests are waiting, and it
   * answered one, or received the oldest waiting one, within `withinMs`.
   */
  progressing(withinMs: number): boolean {
    const oldest = this.waiting.values().next().value;
    if (this.stopped !== null || oldest === undefined) return false;
    const now = performance.now();
    return now - this.lastReplyAt < withinMs || now - oldest.sentAt < withinMs;
  }

  /** Closes the database (after everything sent before), then ends the thread. */
  async close(): Promise<void> {
    if (this.stopped === null) {
      const closing = this.request({ op: 'close' });
      this.stopped = new Error('The database is closed.');
      try {
        const reply = await closing;
        if (!reply.ok) throw fromWireError(reply.error);
      } finally {
        await this.worker.terminate();
      }
    }
  }

  private wait(id: number, waiting: Waiting): void {
    if (this.waiting.size === 0) this.worker.ref();
    this.waiting.set(id, waiting);
  }

  private receive(reply: WorkerReply): void {
    const waiting = this.waiting.get(reply.id);
    if (waiting === undefined) return;
    this.waiting.delete(reply.id);
    this.lastReplyAt = performance.now();
    if (this.waiting.size === 0) this.worker.unref();
    this.latest = reply.stats;
    waiting.resolve(reply);
  }

  private fail(error: Error): void {
    this.stopped ??= error;
    for (const waiting of this.waiting.values()) waiting.reject(error);
    this.waiting.clear();
  }
}
