import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';
import { PAGES_DIR } from '../prerender/page-index.ts';

/** Text files worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|webmanifest|txt|xml|map)$/;
/** Below this, a compressed copy saves less than its own headers cost. */
const MIN_BYTES = 1024;

export interface Precompressed {
  file: string;
  bytes: number;
  brotli: number;
  gzip: number;
}

/**
 * The prerendered pages (hundreds, a few KB each once compressed) get a fast level: the best one
 * takes some 40 times as long for about 10 % fewer bytes, a few milliseconds on a slow line,
 * while the scripts and styles (few, and large) get the best.
 */
function levelsFor(relative: string): { brotli: number; gzip: number } {
  return relative.startsWith(`${PAGES_DIR}/`) ? { brotli: 5, gzip: 6 } : { brotli: constants.BROTLI_MAX_QUALITY, gzip: 9 };
}

/**
 * Writes `<file>.br` (brotli) and `<file>.gz` (gzip) beside every compressible file in `dir`
 * (hidden folders such as `.server` left out), once at build time, so the server sends them as
 * they are instead of compressing each response. A copy no smaller than its file is not kept.
 */
export function precompressDir(dir: string): Precompressed[] {
  const done: Precompressed[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (path.relative(dir, file).split(path.sep).some((part) => part.startsWith('.'))) continue;
    const source = readFileSync(file);
    if (source.length < MIN_BYTES) continue;
    const relative = path.relative(dir, file).split(path.sep).join('/');
    const levels = levelsFor(relative);
    const brotli = brotliCompressSync(source, {
      params: { [constants.BROTLI_PARAM_QUALITY]: levels.brotli, [constants.BROTLI_PARAM_SIZE_HINT]: source.length },
    });
    const gzip = gzipSync(source, { level: levels.gzip });
    if (brotli.length < source.length) writeFileSync(`${file}.br`, brotli);
    if (gzip.length < source.length) writeFileSync(`${file}.gz`, gzip);
    done.push({ file: relative, bytes: statSync(file).size, brotli: brotli.length, gzip: gzip.length });
  }
  return done;
}

/**
 * The build's text files precompressed for the course server (`@fastify/static` picks `.br` or
 * `.gz` by the browser's `Accept-Encoding`). Runs after every other plugin (the service worker is
 * written last), and not for LMS packages, which an LMS serves as it likes.
 */
export function precompress({ disable = false }: { disable?: boolean } = {}): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'courseware:precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        if (disable) return;
        precompressDir(path.resolve(config.root, config.build.outDir));
      },
    },
  };
}
