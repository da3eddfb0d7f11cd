// @vitest-environment node
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterEach, expect, it } from 'vitest';
import { Shutdown } from '../../src/server/shutdown.ts';
import { describeEachDatabase } from './helpers/harness.ts';

async function listen(app: FastifyInstance): Promise<number> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return (app.server.address() as AddressInfo).port;
}

/** Opens a raw connection and resolves with everything the server sent once it closes it. */
function rawClient(port: number, send: string): { closed: Promise<{ data: string; afterMs: number }>; socket: net.Socket } {
  const started = Date.now();
  const socket = net.connect(port, '127.0.0.1');
  let data = '';
  socket.on('data', (chunk) => (data += chunk.toString()));
  socket.on('error', () => undefined);
  socket.write(send);
  return { socket, closed: new Promise((resolve) => socket.on('close', () => resolve({ data, afterMs: Date.now() - started }))) };
}

const sockets: net.Socket[] = [];
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.destroy();
});

describeEachDatabase('slow clients, connection caps and a graceful stop', (h) => {
  it('cuts off a slowly sent body and slow headers instead of waiting for ever', async () => {
    const app = await h().appWith({ connections: { requestTimeoutMs: 1000, headersTimeoutMs: 600 } });
    const port = await listen(app);
    const body = rawClient(port, 'POST /api/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{"events":');
    const headers = rawClient(port, 'GET /api/health HTTP/1.1\r\nHost: x\r\nX-Slow: ');
    sockets.push(body.socket, headers.socket);
    const [cutBody, cutHeaders] = await Promise.all([body.closed, headers.closed]);
    expect(cutBody.data).toMatch(/^HTTP\/1\.1 408/);
    expect(cutBody.afterMs).toBeLessThan(5000);
    expect(cutHeaders.afterMs).toBeLessThan(5000);
    await app.close();
  });

  it('refuses connections past the cap and serves again once they close', async () => {
    const app = await h().appWith({ connections: { maxConnections: 3 } });
    const port = await listen(app);
    const held = Array.from({ length: 3 }, () => rawClient(port, 'GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n'));
    sockets.push(...held.map((c) => c.socket));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const extra = rawClient(port, 'GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n');
    sockets.push(extra.socket);
    expect((await extra.closed).data).toBe('');
    for (const c of held) c.socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const res = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(res.status).toBe(200);
    await app.close();
  });

  it('on stop, answers what keep-alive clients send while draining, then closes without cutting anyone off', async () => {
    const app = await h().appWith({});
    const shutdown = new Shutdown(app);
    const port = await listen(app);
    const learner = await h().join(await h().cohort(await h().sharedManager()));
    const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
    const get = (path: string) =>
      new Promise<{ status: number; connection: string | undefined }>((resolve, reject) => {
        const request = http.get({ host: '127.0.0.1', port, path, agent, headers: learner.auth }, (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }));
        });
        request.on('error', reject);
      });
    // Eight keep-alive connections, idle between requests.
    const warm = await Promise.all(Array.from({ length: 8 }, () => get('/api/me')));
    expect(warm.every((r) => r.status === 200 && r.connection === 'keep-alive')).toBe(true);

    const stopped = shutdown.close({ drainMs: 1500, hardMs: 5000 });
    // Requests sent on those connections after the stop began are answered, and told to go.
    const during = await Promise.all(Array.from({ length: 8 }, () => get('/api/me')));
    expect(during.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect(during.every((r) => r.connection === 'close')).toBe(true);
    expect((await get('/api/health')).status).toBe(503);
    await stopped;
    await expect(get('/api/me')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    agent.destroy();
  });
});
