import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';

const root = path.resolve(import.meta.dirname, '../..');

/** Where the packages are built: release/, or LMS_RELEASE_DIR (as the build scripts read it). */
const release = path.resolve(root, process.env.LMS_RELEASE_DIR || 'release');

/** The built package: <release>/<course id>-scorm12.zip, built first if it is missing or older than the sources. */
export function scormZip(courseId: string): string {
  return builtZip(path.join(release, `${courseId}-scorm12.zip`), 'build:scorm');
}

/** The built package: <release>/<course id>-cmi5.zip, built first if it is missing or older than the sources. */
export function cmi5Zip(courseId: string): string {
  return builtZip(path.join(release, `${courseId}-cmi5.zip`), 'build:cmi5');
}

function builtZip(zip: string, script: string): string {
  if (!existsSync(zip) || statSync(zip).mtimeMs < newestSource()) {
    execFileSync('npm', ['run', script], { cwd: root, stdio: 'inherit' });
  }
  return zip;
}

/** When the app or the course last changed. */
function newestSource(): number {
  const times = ['index.html', 'vite.config.ts', 'package.json'].map((file) => statSync(path.join(root, file)).mtimeMs);
  for (const dir of ['src', 'content', 'public']) {
    for (const entry of readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) times.push(statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return Math.max(...times);
}

/** Unzips the package into a fresh temporary folder, as an LMS does on upload. */
export function unzipPackage(zip: string): { dir: string; entries: string[]; remove: () => void } {
  const files = unzipSync(readFileSync(zip));
  const dir = mkdtempSync(path.join(tmpdir(), 'scorm-package-'));
  for (const [name, bytes] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    const target = path.join(dir, name);
    if (!target.startsWith(dir + path.sep)) throw new Error(`zip entry outside the package: ${name}`);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
  return { dir, entries: Object.keys(files).filter((name) => !name.endsWith('/')), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
