import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorBody } from './errors.ts';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

function cacheControlFor(root: string, file: string): string {
  const relative = path.relative(root, file).split(path.sep).join('/');
  return relative.startsWith('assets/') ? IMMUTABLE : REVALIDATE;
}

/** Not an API call and not a file name: a client-side route the SPA handles. */
function isAppRoute(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const pathname = request.url.split('?')[0] ?? '/';
  if (pathname === '/api' || pathname.startsWith('/api/')) return false;
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return !last.includes('.');
}

function sendIndex(reply: FastifyReply) {
  return reply.header('cache-control', REVALIDATE).sendFile('index.html', { cacheControl: false });
}

/**
 * Serves the built app from `root`: hashed files under `/assets/` cached for a year, everything
 * else (index.html above all) revalidated; unknown non-file paths get index.html so deep links work.
 * Text files go out brotli- or gzip-compressed from the copies the build wrote.
 */
export async function registerStatic(app: FastifyInstance, root: string | null): Promise<void> {
  const hasApp = root !== null && existsSync(path.join(root, 'index.html'));
  if (hasApp) {
    await app.register(fastifyStatic, {
      root,
      index: false,
      cacheControl: false,
      // The build's `.br` / `.gz` copies, chosen by Accept-Encoding (with `Vary: Accept-Encoding`).
      preCompressed: true,
      dotfiles: 'ignore',
      setHeaders: (reply, file) => {
        void reply.header('cache-control', cacheControlFor(root, file));
      },
    });
    app.get('/', (_request, reply) => sendIndex(reply));
  }
  app.setNotFoundHandler((request, reply) => {
    if (hasApp && isAppRoute(request)) return sendIndex(reply);
    const pathname = (request.url.split('?')[0] ?? '').slice(0, 200);
    return reply.code(404).send(errorBody('not_found', `Nothing at ${request.method} ${pathname}.`));
  });
}
