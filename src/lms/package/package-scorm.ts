import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { build } from 'vite';
import { compileContentDir } from '../../content/files/read-content.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../content/types.ts';
import { formatMasteryScore } from '../scorm12/cmi-values.ts';
import { checkScormManifest } from './manifest-rules.ts';
import { parseXml } from './parse-xml.ts';
import { MANIFEST_FILE, scormManifestXml } from './scorm-manifest.ts';

export interface ScormPackageOptions {
  /** The project root (where vite.config.ts and content/ are). */
  root: string;
  /** The language of the title the LMS lists the course under. */
  locale?: Locale;
}

export interface ScormPackageResult {
  buildDir: string;
  zipPath: string;
  files: string[];
}

/** Where `vite build --mode scorm` writes (see vite.config.ts). */
export const SCORM_BUILD_DIR = 'release/scorm-build';

/**
 * `npm run build:scorm`: builds the app in `scorm` mode into release/scorm-build/, writes
 * imsmanifest.xml beside it, checks the manifest against the SCORM 1.2 rules and zips the
 * folder as release/<course id>-scorm12.zip, manifest at the root.
 */
export async function buildScormPackage({ root, locale = DEFAULT_LOCALE }: ScormPackageOptions): Promise<ScormPackageResult> {
  const { manifest, messages } = compileContentDir(path.join(root, 'content'));
  if (manifest === null) {
    throw new Error(`The course does not compile:\n${messages.map((m) => JSON.stringify(m)).join('\n')}`);
  }
  await build({ root, mode: 'scorm', configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });

  const buildDir = path.join(root, SCORM_BUILD_DIR);
  const files = listFiles(buildDir).filter((file) => file !== MANIFEST_FILE);
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  const xml = scormManifestXml({
    courseId: manifest.courseId,
    version,
    title: manifest.title[locale],
    masteryScore: formatMasteryScore(manifest.passMark),
    files,
  });
  writeFileSync(path.join(buildDir, MANIFEST_FILE), xml);

  const problems = checkScormManifest(await parseXml(xml), [...files, MANIFEST_FILE]);
  if (problems.length > 0) throw new Error(`imsmanifest.xml breaks the SCORM 1.2 rules:\n- ${problems.join('\n- ')}`);

  // A fixed time stamp: the same build zips to the same bytes.
  const mtime = new Date(2000, 0, 1);
  const entries: Zippable = {};
  for (const file of [MANIFEST_FILE, ...files]) entries[file] = [readFileSync(path.join(buildDir, file)), { mtime }];
  const zipPath = path.join(root, 'release', `${manifest.courseId}-scorm12.zip`);
  mkdirSync(path.dirname(zipPath), { recursive: true });
  writeFileSync(zipPath, zipSync(entries, { level: 9 }));
  return { buildDir, zipPath, files: [MANIFEST_FILE, ...files] };
}

/** Every file under `dir`, as `/`-separated paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

export function parseLocale(args: readonly string[]): Locale {
  const value = args.find((arg) => arg.startsWith('--locale='))?.slice('--locale='.length);
  if (value === undefined) return DEFAULT_LOCALE;
  if (!(LOCALES as readonly string[]).includes(value)) throw new Error(`--locale must be one of ${LOCALES.join(', ')}`);
  return value as Locale;
}
