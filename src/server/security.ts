import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from './errors.ts';

/**
 * The app loads only its own scripts (no inline script at all); React sets inline `style`
 * attributes, hence `'unsafe-inline'` for styles only. Plain http stays usable on a company
 * network: requests are not upgraded to https.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** Browser features the app uses (full screen for slides, the clipboard for invitations); none other. */
export const PERMISSIONS_POLICY =
  'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), ' +
  'clipboard-write=(self), fullscreen=(self)';

/** A year; sent only on answers that came over https (directly or through a trusted proxy). */
export const HSTS = 'max-age=31536000';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a state-changing request comes from another site. Browsers name the page's origin on
 * every cross-site POST, with or without a body, so requests without one (`/logout`, `/end`)
 * cannot be forged from another site either; clients that are not browsers send none.
 */
export function isCrossSite(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return request.headers['sec-fetch-site'] === 'cross-site';
  try {
    return withoutDefaultPort(new URL(origin).host) !== withoutDefaultPort(request.host.toLowerCase());
  } catch {
    return true; // "null" (a sandboxed frame or a file) or garbage
  }
}

/** `URL` drops a scheme's default port from an origin; a Host header may carry it. */
function withoutDefaultPort(host: string): string {
  return host.replace(/:(80|443)$/, '');
}

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    // Plain http stays usable inside company networks; HSTS is added below only over https.
    strictTransportSecurity: false,
  });
  app.addHook('onRequest', async (request) => {
    if (!SAFE_METHODS.has(request.method) && request.url.startsWith('/api/') && isCrossSite(request)) {
      throw new HttpError(403, 'cross_site', 'Requests from other sites are refused.');
    }
  });
  app.addHook('onSend', async (request, reply) => {
    void reply.header('permissions-policy', PERMISSIONS_POLICY);
    if (request.protocol === 'https') void reply.header('strict-transport-security', HSTS);
    // Answers about people and access (codes, tokens, progress) never sit in a shared or disk cache.
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
  });
}
