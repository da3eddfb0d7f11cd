import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';

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
 * Writes `<file>.br` (brotli, best) and `<file>.gz` (gzip, best) beside every compressible file
 * in `dir` (hidden folders such as `.server` left out), once at build time, so the server sends
 * them as they are instead of compressing each response. A copy no smaller than its file is not kept.
 */
export function precompressDir(dir: string): Precompressed[] {
  const done: Precompressed[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (path.relative(dir, file).split(path.sep).some((part) => part.startsWith('.'))) continue;
    const source = readFileSync(file);
    if (source.length < MIN_BYTES) continue;
    const brotli = brotliCompressSync(source, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: source.length },
    });
    const gzip = gzipSync(source, { level: 9 });
    if (brotli.length < source.length) writeFileSync(`${file}.br`, brotli);
    if (gzip.length < source.length) writeFileSync(`${file}.gz`, gzip);
    done.push({ file: path.relative(dir, file).split(path.sep).join('/'), bytes: statSync(file).size, brotli: brotli.length, gzip: gzip.length });
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
