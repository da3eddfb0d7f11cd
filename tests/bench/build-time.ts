import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Wall time of a full production build (`vite build`, content compile included), into a scratch directory. */
export function timeProductionBuild(): number {
  const outDir = mkdtempSync(path.join(tmpdir(), 'courseware-build-'));
  try {
    const start = performance.now();
    const run = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const ms = performance.now() - start;
    if (run.status !== 0) throw new Error(`vite build failed (exit ${run.status ?? run.signal})`);
    return ms;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
