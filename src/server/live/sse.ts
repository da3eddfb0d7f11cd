import type { FastifyReply, FastifyRequest } from 'fastify';
import type { EventSink } from './room.ts';

export interface StreamOptions {
  role: EventSink['role'];
  participantId: string | null;
  heartbeatMs: number;
  /** A client this far behind (bytes queued in the socket) is cut off; it reconnects to a fresh snapshot. */
  maxBufferedBytes: number;
  onClose: (sink: EventSink) => void;
}

/** How long a browser waits before reconnecting a dropped stream. */
export const RETRY_MS = 2000;

/**
 * Turns the reply into a Server-Sent Events stream: Fastify lets go of the response, the
 * security headers it already set are kept, and a comment line every `heartbeatMs` keeps idle
 * connections (and the proxies on the way) open.
 */
export function openEventStream(request: FastifyRequest, reply: FastifyReply, options: StreamOptions): EventSink {
  reply.hijack();
  const res = reply.raw;
  const headers: Record<string, string | number | string[]> = {};
  for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined) headers[name] = value;
  res.writeHead(200, {
    ...headers,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    // nginx and similar proxies buffer responses unless told not to.
    'x-accel-buffering': 'no',
  });
  request.raw.socket?.setNoDelay?.(true);
  let closed = false;
  const finish = (how: 'end' | 'destroy') => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    if (how === 'end') res.end();
    else res.destroy();
    options.onClose(sink);
  };

  const sink: EventSink = {
    role: options.role,
    participantId: options.participantId,
    write(chunk) {
      if (closed) return;
      if (res.writableLength > options.maxBufferedBytes) finish('destroy');
      else res.write(chunk);
    },
    close: () => finish('end'),
  };

  const heartbeat = setInterval(() => sink.write(': ping\n\n'), options.heartbeatMs);
  heartbeat.unref();
  res.on('close', () => sink.close());
  res.write(`retry: ${RETRY_MS}\n\n`);
  return sink;
}
