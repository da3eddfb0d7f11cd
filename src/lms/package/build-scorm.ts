/** `npm run build:scorm [-- --locale=en]`: the SCORM 1.2 package of the course (see package-scorm.ts). */
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildScormPackage, parseLocale } from './package-scorm.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));

try {
  const result = await buildScormPackage({ root, locale: parseLocale(process.argv.slice(2)) });
  const kb = (statSync(result.zipPath).size / 1024).toFixed(0);
  console.log(`SCORM 1.2 package: ${path.relative(root, result.zipPath) || result.zipPath} (${result.files.length} files, ${kb} KB)`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
