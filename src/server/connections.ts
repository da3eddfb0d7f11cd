import type { Server } from 'node:http';
import type { FastifyHttpOptions, FastifyInstance } from 'fastify';

/** How long a client may take and how many may connect: slow or idle clients cannot hold the server. */
export interface ConnectionLimits {
  /** The whole request, headers and body, must arrive within this (slowly sent bodies are cut off). */
  requestTimeoutMs: number;
  /** The headers must arrive within this. */
  headersTimeoutMs: number;
  /** An idle keep-alive connection closes after this (longer than a load balancer's usual 60 s). */
  keepAliveTimeoutMs: number;
  /** A connection with no traffic at all closes after this (live streams send a heartbeat every 15 s). */
  idleTimeoutMs: number;
  /** Connections open at once; more are refused at the door. */
  maxConnections: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  requestTimeoutMs: 30_000,
  headersTimeoutMs: 10_000,
  keepAliveTimeoutMs: 65_000,
  idleTimeoutMs: 120_000,
  maxConnections: 10_000,
};

/** The Fastify options that carry the limits (the connection cap is set on the server: `capConnections`). */
export function connectionOptions(limits: ConnectionLimits): Partial<FastifyHttpOptions<Server>> {
  return {
    requestTimeout: limits.requestTimeoutMs,
    connectionTimeout: limits.idleTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    // Node checks the request and header deadlines on this beat (every 30 s unless told).
    http: { headersTimeout: limits.headersTimeoutMs, connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs / 2) },
    // A request that reaches a connection while the server closes is still answered (see shutdown.ts).
    return503OnClosing: false,
  };
}

export function capConnections(app: FastifyInstance, limits: ConnectionLimits): void {
  app.server.maxConnections = limits.maxConnections;
}
