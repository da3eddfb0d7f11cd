import type { FastifyInstance } from 'fastify';

export interface ShutdownTimings {
  /** How long answers ask clients to go (`Connection: close`) before the server stops listening. */
  drainMs: number;
  /** After that, how long requests in flight may take before every connection is cut. */
  hardMs: number;
}

export const DEFAULT_SHUTDOWN: ShutdownTimings = { drainMs: 3000, hardMs: 10_000 };

/**
 * Lets the server leave without cutting anyone off. While draining, every answer carries
 * `Connection: close` (keep-alive clients reconnect, elsewhere behind a load balancer) and
 * `/api/health` answers 503 so the balancer stops sending; then the server stops listening,
 * finishes what is in flight and closes.
 */
export class Shutdown {
  private draining = false;

  constructor(private readonly app: FastifyInstance) {
    app.addHook('onRequest', async (request, reply) => {
      if (this.draining && request.url === '/api/health') {
        await reply.code(503).header('connection', 'close').send({ status: 'draining' });
      }
    });
    app.addHook('onSend', async (_request, reply) => {
      if (this.draining) void reply.header('connection', 'close');
    });
  }

  get isDraining(): boolean {
    return this.draining;
  }

  async close(timings: ShutdownTimings = DEFAULT_SHUTDOWN): Promise<void> {
    this.draining = true;
    await this.untilNoConnections(timings.drainMs);
    const closed = this.app.close();
    const cut = setTimeout(() => this.app.server.closeAllConnections(), timings.hardMs);
    try {
      await closed;
    } finally {
      clearTimeout(cut);
    }
  }

  /** Waits for clients to leave, at most `ms` (no wait when nobody is connected). */
  private async untilNoConnections(ms: number): Promise<void> {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      const open = await new Promise<number>((resolve) => this.app.server.getConnections((error, count) => resolve(error ? 0 : count)));
      if (open === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
