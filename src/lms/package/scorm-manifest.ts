/**
 * The SCORM 1.2 content package manifest (`imsmanifest.xml`, SCORM 1.2 CAM 2.3): the whole
 * course as one SCO. Pure: the build passes in the course and the list of built files.
 */

export const IMSCP_NS = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
export const ADLCP_NS = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
export const IMSMD_NS = 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
export const MANIFEST_FILE = 'imsmanifest.xml';
/**
 * The SCORM 1.2 schemas (ADL's and IMS's, unchanged), at the package root beside the manifest as
 * SCORM 1.2 CAM 2.3.5 asks; `imsmd` and `ims_xml` are imported by the others.
 */
export const SCHEMA_FILES = ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'ims_xml.xsd'] as const;
const SCHEMA_LOCATION = [
  `${IMSCP_NS} imscp_rootv1p1p2.xsd`,
  `${IMSMD_NS} imsmd_rootv1p2p1.xsd`,
  `${ADLCP_NS} adlcp_rootv1p2.xsd`,
].join(' ');
export const LAUNCH_FILE = 'index.html';

export interface ScormPackageInfo {
  /** The course id; the package's identifiers are derived from it. */
  courseId: string;
  /** The package version, e.g. the app's version. */
  version: string;
  /** The course title as the LMS lists it. */
  title: string;
  /** `adlcp:masteryscore`, 0..100. */
  masteryScore: string;
  /** Every file of the package but the manifest: paths relative to the package root, `/`-separated. */
  files: readonly string[];
}

/**
 * The manifest XML. Throws when the input cannot make a valid package: no launch file, or a
 * path that is absolute, climbs out of the package or is not a plain file name.
 */
export function scormManifestXml(info: ScormPackageInfo): string {
  const files = [...new Set(info.files)].sort();
  for (const file of files) {
    if (!isPackagePath(file)) throw new Error(`Not a file path inside the package: ${JSON.stringify(file)}`);
  }
  if (!files.includes(LAUNCH_FILE)) throw new Error(`The package has no ${LAUNCH_FILE} to launch`);
  if (files.includes(MANIFEST_FILE)) throw new Error(`${MANIFEST_FILE} is written by the packager, not listed`);
  for (const schema of SCHEMA_FILES) if (files.includes(schema)) throw new Error(`${schema} is added by the packager, not listed`);
  const id = xmlId(info.courseId);
  const title = escapeXml(info.title);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${id}" version="${escapeXml(info.version)}" xmlns="${IMSCP_NS}" xmlns:adlcp="${ADLCP_NS}"`,
    `          xmlns:xsi="${XSI_NS}" xsi:schemaLocation="${SCHEMA_LOCATION}">`,
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>1.2</schemaversion>',
    '  </metadata>',
    `  <organizations default="${id}-org">`,
    `    <organization identifier="${id}-org">`,
    `      <title>${title}</title>`,
    `      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">`,
    `        <title>${title}</title>`,
    `        <adlcp:masteryscore>${escapeXml(info.masteryScore)}</adlcp:masteryscore>`,
    '      </item>',
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    `    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${LAUNCH_FILE}">`,
    ...files.map((file) => `      <file href="${escapeXml(fileHref(file))}"/>`),
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}

/** A relative path of plain segments: no leading `/`, no `.`/`..`, no backslash, no empty segment. */
export function isPackagePath(path: string): boolean {
  if (path === '' || path.includes('\\') || /^[a-z][a-z0-9+.-]*:/i.test(path)) return false;
  return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/** A file path as a URI reference: each segment percent-encoded where needed. */
export function fileHref(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/** An `xs:ID` (an XML NCName) made from `text`. */
export function xmlId(text: string): string {
  const name = text.replace(/[^A-Za-z0-9._-]/g, '_');
  return /^[A-Za-z_]/.test(name) ? name : `_${name}`;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
