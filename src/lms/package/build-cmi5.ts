/** `npm run build:cmi5`: the cmi5 package of the course (see package-cmi5.ts). */
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCmi5Package } from './package-cmi5.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));

try {
  const result = await buildCmi5Package({ root });
  const kb = (statSync(result.zipPath).size / 1024).toFixed(0);
  console.log(`cmi5 package: ${path.relative(root, result.zipPath) || result.zipPath} (${result.files.length} files, ${kb} KB)`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
