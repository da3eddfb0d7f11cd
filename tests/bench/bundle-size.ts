import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleReport {
  files: Array<{ file: string; gzipBytes: number }>;
  totalGzipBytes: number;
}

/** JS a first visit to `/` downloads: the entry script plus every modulepreload in index.html. */
export function measureFirstVisitJs(distDir = 'dist'): BundleReport {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const srcs = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((m) => m[1]!);
  const files = [...new Set(srcs)].map((src) => {
    const bytes = readFileSync(path.join(distDir, src.replace(/^\//, '')));
    return { file: src, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
  return { files, totalGzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0) };
}
