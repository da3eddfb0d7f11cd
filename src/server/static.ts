import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LOCALE_COOKIE, localeOrDefault, PAGE_INDEX_FILE, prerenderedPage, type PageIndex } from '../prerender/page-index.ts';
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

/** The build's index of prerendered pages; null for a build without them (an older or partial one). */
function readPageIndex(root: string): PageIndex | null {
  try {
    return JSON.parse(readFileSync(path.join(root, PAGE_INDEX_FILE), 'utf8')) as PageIndex;
  } catch {
    return null;
  }
}

/**
 * An app address: the page prerendered for it in the learner's language (chosen by the cookie the
 * app keeps), ready to paint; else the app shell, which renders in the browser.
 */
function sendPage(request: FastifyRequest, reply: FastifyReply, pages: PageIndex | null) {
  const file = prerenderedPage(pages, localeOrDefault(request.cookies[LOCALE_COOKIE]), request.url) ?? 'index.html';
  return reply.header('cache-control', REVALIDATE).header('vary', 'Accept-Encoding, Cookie').sendFile(file, { cacheControl: false });
}

/**
 * Serves the built app from `root`: hashed files under `/assets/` cached for a year, everything
 * else (pages above all) revalidated; app addresses get their prerendered page, or index.html, so
 * deep links work.
 * Text files go out brotli- or gzip-compressed from the copies the build wrote.
 */
export async function registerStatic(app: FastifyInstance, root: string | null): Promise<void> {
  const hasApp = root !== null && existsSync(path.join(root, 'index.html'));
  const pages = hasApp ? readPageIndex(root) : null;
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
    app.get('/', (request, reply) => sendPage(request, reply, pages));
  }
  app.setNotFoundHandler((request, reply) => {
    if (hasApp && isAppRoute(request)) return sendPage(request, reply, pages);
    const pathname = (request.url.split('?')[0] ?? '').slice(0, 200);
    return reply.code(404).send(errorBody('not_found', `Nothing at ${request.method} ${pathname}.`));
  });
}
