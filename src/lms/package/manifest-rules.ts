import { ADLCP_NS, IMSCP_NS, isPackagePath, MANIFEST_FILE, SCHEMA_FILES } from './scorm-manifest.ts';

/**
 * The SCORM 1.2 package rules the course's manifest must meet (SCORM 1.2 CAM 2.3), checked on
 * the parsed `imsmanifest.xml` against the files actually in the package. Returns the problems
 * found, none for a good package. `packageFiles` may include the manifest itself.
 */
export function checkScormManifest(doc: Document, packageFiles: readonly string[]): string[] {
  const problems: string[] = [];
  if (doc.getElementsByTagName('parsererror').length > 0) return ['imsmanifest.xml is not well-formed XML'];
  const root = doc.documentElement;
  if (root.localName !== 'manifest' || root.namespaceURI !== IMSCP_NS) {
    return [`the root element must be <manifest> in ${IMSCP_NS}`];
  }
  const cp = (parent: Element, name: string) => Array.from(parent.children).filter((e) => e.namespaceURI === IMSCP_NS && e.localName === name);
  const text = (parent: Element, name: string) => cp(parent, name)[0]?.textContent?.trim() ?? null;
  const check = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };

  check(Boolean(root.getAttribute('identifier')), 'manifest has no identifier');
  check(Boolean(root.getAttribute('version')), 'manifest has no version');

  const metadata = cp(root, 'metadata')[0];
  check(metadata !== undefined && text(metadata, 'schema') === 'ADL SCORM', 'metadata/schema must be "ADL SCORM"');
  check(metadata !== undefined && text(metadata, 'schemaversion') === '1.2', 'metadata/schemaversion must be "1.2"');

  // Identifiers: present where required, valid xs:ID, unique across the manifest.
  const identified = Array.from(doc.getElementsByTagNameNS(IMSCP_NS, '*')).filter((e) => e.hasAttribute('identifier'));
  const ids = identified.map((e) => e.getAttribute('identifier')!);
  for (const id of ids) check(/^[A-Za-z_][A-Za-z0-9._-]*$/.test(id), `identifier "${id}" is not a valid xs:ID`);
  for (const id of new Set(ids)) check(ids.indexOf(id) === ids.lastIndexOf(id), `identifier "${id}" is used twice`);

  const resources = cp(root, 'resources').flatMap((r) => cp(r, 'resource'));
  const resourceIds = new Set(resources.map((r) => r.getAttribute('identifier')));

  const organizations = cp(root, 'organizations')[0];
  const orgList = organizations === undefined ? [] : cp(organizations, 'organization');
  check(orgList.length === 1, 'there must be exactly one <organization>');
  const organization = orgList[0];
  check(
    organization !== undefined && organizations?.getAttribute('default') === organization.getAttribute('identifier'),
    '<organizations default> must name the organization',
  );
  if (organization !== undefined) {
    check(Boolean(text(organization, 'title')), 'the organization has no title');
    const items = cp(organization, 'item');
    check(items.length === 1, 'the organization must hold exactly one <item>, the course');
    for (const item of items) {
      check(Boolean(item.getAttribute('identifier')), 'an item has no identifier');
      check(Boolean(text(item, 'title')), 'the item has no title');
      check(resourceIds.has(item.getAttribute('identifierref')), 'the item must reference a resource by identifierref');
      const mastery = Array.from(item.children).filter((e) => e.namespaceURI === ADLCP_NS && e.localName === 'masteryscore');
      const score = Number(mastery[0]?.textContent);
      check(mastery.length === 1 && /^\d+(\.\d+)?$/.test(mastery[0]?.textContent ?? '') && score >= 0 && score <= 100, 'adlcp:masteryscore must be a number in 0..100');
    }
  }

  check(resources.length >= 1, 'there is no <resource>');
  // The schemas describe the manifest; they are not part of the course's resource.
  const schemas: readonly string[] = SCHEMA_FILES;
  const present = new Set(packageFiles.filter((file) => file !== MANIFEST_FILE && !schemas.includes(file)));
  const listed: string[] = [];
  for (const resource of resources) {
    const id = resource.getAttribute('identifier');
    check(resource.getAttribute('type') === 'webcontent', `resource ${id} must have type="webcontent"`);
    check(resource.getAttributeNS(ADLCP_NS, 'scormtype') === 'sco', `resource ${id} must have adlcp:scormtype="sco"`);
    const href = resource.getAttribute('href');
    check(href !== null && present.has(decodeHref(href) ?? ''), `resource ${id} must launch a file of the package`);
    for (const file of cp(resource, 'file')) {
      const fileHref = file.getAttribute('href') ?? '';
      const path = decodeHref(fileHref);
      if (path === null || !isPackagePath(path)) {
        problems.push(`file href "${fileHref}" must be a relative path inside the package`);
        continue;
      }
      listed.push(path);
      check(present.has(path), `listed file ${path} is not in the package`);
    }
  }
  for (const path of new Set(listed)) check(listed.indexOf(path) === listed.lastIndexOf(path), `file ${path} is listed twice`);
  for (const path of present) check(listed.includes(path), `package file ${path} is not listed in the manifest`);
  return problems;
}

function decodeHref(href: string): string | null {
  try {
    return decodeURIComponent(href);
  } catch {
    return null;
  }
}
