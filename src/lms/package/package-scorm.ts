import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../content/types.ts';
import { formatMasteryScore } from '../scorm12/cmi-values.ts';
import { buildLmsApp, releaseDir, writeZip } from './lms-build.ts';
import { checkScormManifest } from './manifest-rules.ts';
import { parseXml } from './parse-xml.ts';
import { MANIFEST_FILE, SCHEMA_FILES, scormManifestXml } from './scorm-manifest.ts';

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

const SCHEMA_DIR = fileURLToPath(new URL('./xsd/', import.meta.url));

/**
 * `npm run build:scorm`: builds the LMS app into <release>/scorm-build/, writes imsmanifest.xml
 * beside it, checks the manifest against the SCORM 1.2 rules and zips the folder, with the SCORM
 * 1.2 schemas, as <release>/<course id>-scorm12.zip, manifest at the root.
 */
export async function buildScormPackage({ root, locale = DEFAULT_LOCALE }: ScormPackageOptions): Promise<ScormPackageResult> {
  const release = releaseDir(root);
  const { manifest, version, buildDir, files } = await buildLmsApp(root, path.join(release, 'scorm-build'));
  const xml = scormManifestXml({
    courseId: manifest.courseId,
    version,
    title: manifest.title[locale],
    masteryScore: formatMasteryScore(manifest.passMark),
    files,
  });
  writeFileSync(path.join(buildDir, MANIFEST_FILE), xml);
  for (const schema of SCHEMA_FILES) writeFileSync(path.join(buildDir, schema), readFileSync(path.join(SCHEMA_DIR, schema)));

  const packageFiles = [MANIFEST_FILE, ...SCHEMA_FILES, ...files];
  const problems = checkScormManifest(await parseXml(xml), packageFiles);
  if (problems.length > 0) throw new Error(`imsmanifest.xml breaks the SCORM 1.2 rules:\n- ${problems.join('\n- ')}`);

  const zipPath = path.join(release, `${manifest.courseId}-scorm12.zip`);
  writeZip(zipPath, packageFiles.map((file) => [file, readFileSync(path.join(buildDir, file))]));
  return { buildDir, zipPath, files: packageFiles };
}

export function parseLocale(args: readonly string[]): Locale {
  const value = args.find((arg) => arg.startsWith('--locale='))?.slice('--locale='.length);
  if (value === undefined) return DEFAULT_LOCALE;
  if (!(LOCALES as readonly string[]).includes(value)) throw new Error(`--locale must be one of ${LOCALES.join(', ')}`);
  return value as Locale;
}
