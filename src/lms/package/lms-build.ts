import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { build } from 'vite';
import { compileContentDir } from '../../content/files/read-content.ts';
import type { CourseManifest } from '../../content/types.ts';

/**
 * The LMS package's app: built in `scorm` mode (relative paths, hash routing, no service worker,
 * no server-only pages), which tracks through SCORM 1.2 or cmi5, whichever launched it.
 * Both `build:scorm` and `build:cmi5` package this build.
 */
export interface LmsBuild {
  manifest: CourseManifest;
  /** The app's version (package.json). */
  version: string;
  buildDir: string;
  /** Every built file, `/`-separated, relative to `buildDir`, sorted. */
  files: string[];
}

/** Where packages are written: `release/`, or `LMS_RELEASE_DIR` (absolute or relative to the project). */
export function releaseDir(root: string): string {
  return path.resolve(root, process.env.LMS_RELEASE_DIR || 'release');
}

export async function buildLmsApp(root: string, outDir: string): Promise<LmsBuild> {
  const { manifest, messages } = compileContentDir(path.join(root, 'content'));
  if (manifest === null) {
    throw new Error(`The course does not compile:\n${messages.map((m) => JSON.stringify(m)).join('\n')}`);
  }
  await build({
    root,
    mode: 'scorm',
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  return { manifest, version, buildDir: outDir, files: listFiles(outDir) };
}

/** Zips `entries` (package path → bytes) with a fixed time stamp, so the same build zips to the same bytes. */
export function writeZip(zipPath: string, entries: ReadonlyArray<[string, Uint8Array]>): void {
  const mtime = new Date(2000, 0, 1);
  const zippable: Zippable = {};
  for (const [name, bytes] of entries) zippable[name] = [bytes, { mtime }];
  mkdirSync(path.dirname(zipPath), { recursive: true });
  writeFileSync(zipPath, zipSync(zippable, { level: 9 }));
}

/** Every file under `dir`, as `/`-separated paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}
