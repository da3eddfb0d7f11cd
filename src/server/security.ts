import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

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

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    // Served over plain http inside company networks too; HSTS would be meaningless there.
    strictTransportSecurity: false,
  });
}
