import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LOCALES, type Locale } from '../../content/types.ts';
import { CMI5_FILE, cmi5StructureXml } from './cmi5-structure.ts';
import { buildLmsApp, releaseDir, writeZip } from './lms-build.ts';
import { LAUNCH_FILE } from './scorm-manifest.ts';

export interface Cmi5PackageResult {
  buildDir: string;
  zipPath: string;
  files: string[];
}

/**
 * `npm run build:cmi5`: builds the LMS app into <release>/cmi5-build/, writes cmi5.xml beside it
 * and zips the folder as <release>/<course id>-cmi5.zip, cmi5.xml at the root (cmi5 14.1).
 */
export async function buildCmi5Package({ root }: { root: string }): Promise<Cmi5PackageResult> {
  const release = releaseDir(root);
  const { manifest, buildDir, files } = await buildLmsApp(root, path.join(release, 'cmi5-build'));
  if (!files.includes(LAUNCH_FILE)) throw new Error(`The build has no ${LAUNCH_FILE} to launch`);
  const description = Object.fromEntries(
    LOCALES.map((locale) => [locale, manifest.chapters.map((c) => c.locales[locale]?.title ?? c.plannedTitle[locale]).join(locale === 'zh-CN' ? '、' : ', ')]),
  ) as Record<Locale, string>;
  writeFileSync(path.join(buildDir, CMI5_FILE), cmi5StructureXml({ manifest, launchFile: LAUNCH_FILE, description }));
  const packageFiles = [CMI5_FILE, ...files];
  const zipPath = path.join(release, `${manifest.courseId}-cmi5.zip`);
  writeZip(zipPath, packageFiles.map((file) => [file, readFileSync(path.join(buildDir, file))]));
  return { buildDir, zipPath, files: packageFiles };
}
