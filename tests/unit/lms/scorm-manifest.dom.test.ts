import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkScormManifest } from '../../../src/lms/package/manifest-rules.ts';
import { ADLCP_NS, IMSCP_NS, MANIFEST_FILE, scormManifestXml, xmlId } from '../../../src/lms/package/scorm-manifest.ts';

const files = ['index.html', 'favicon.svg', 'assets/index-AbC_12.js', 'assets/index-9z.css', 'assets/图 表.png'];
const info = { courseId: 'business-operations', version: '0.1.0', title: '商业运营人员培训 & <Ops>', masteryScore: '80', files };

function parse(xml: string): Document {
  return new DOMParser().parseFromString(xml, 'application/xml');
}

/** The package as an LMS receives it: a zip with the manifest at its root. */
function zipPackage(xml: string, paths = files): string[] {
  const entries = Object.fromEntries([[MANIFEST_FILE, strToU8(xml)], ...paths.map((p) => [p, strToU8(p)])]);
  return Object.keys(unzipSync(zipSync(entries)));
}

describe('scormManifestXml', () => {
  const xml = scormManifestXml(info);
  const doc = parse(xml);

  it('meets every SCORM 1.2 package rule for the files in the zip', () => {
    expect(checkScormManifest(doc, zipPackage(xml))).toEqual([]);
  });

  it('declares the IMS CP and ADL namespaces and SCORM 1.2 metadata', () => {
    expect(doc.documentElement.namespaceURI).toBe(IMSCP_NS);
    expect(doc.documentElement.getAttribute('identifier')).toBe('business-operations');
    expect(doc.documentElement.getAttribute('version')).toBe('0.1.0');
    expect(doc.getElementsByTagNameNS(IMSCP_NS, 'schema')[0]?.textContent).toBe('ADL SCORM');
    expect(doc.getElementsByTagNameNS(IMSCP_NS, 'schemaversion')[0]?.textContent).toBe('1.2');
  });

  it('is one organization holding the course as one SCO with the mastery score', () => {
    const [organization] = doc.getElementsByTagNameNS(IMSCP_NS, 'organization');
    expect(organization?.getElementsByTagNameNS(IMSCP_NS, 'title')[0]?.textContent).toBe('商业运营人员培训 & <Ops>');
    const items = doc.getElementsByTagNameNS(IMSCP_NS, 'item');
    expect(items).toHaveLength(1);
    expect(items[0]?.getElementsByTagNameNS(ADLCP_NS, 'masteryscore')[0]?.textContent).toBe('80');
    const [resource] = doc.getElementsByTagNameNS(IMSCP_NS, 'resource');
    expect(items[0]?.getAttribute('identifierref')).toBe(resource?.getAttribute('identifier'));
    expect(resource?.getAttribute('type')).toBe('webcontent');
    expect(resource?.getAttributeNS(ADLCP_NS, 'scormtype')).toBe('sco');
    expect(resource?.getAttribute('href')).toBe('index.html');
  });

  it('lists every file once, relative, percent-encoded where needed', () => {
    const hrefs = Array.from(doc.getElementsByTagNameNS(IMSCP_NS, 'file'), (f) => f.getAttribute('href'));
    expect(hrefs).toEqual(['assets/index-9z.css', 'assets/index-AbC_12.js', 'assets/%E5%9B%BE%20%E8%A1%A8.png', 'favicon.svg', 'index.html']);
  });

  it.each([
    [{ files: ['app.html'] }, /index\.html/],
    [{ files: ['index.html', '../secret'] }, /inside the package/],
    [{ files: ['index.html', '/etc/passwd'] }, /inside the package/],
    [{ files: ['index.html', 'a//b'] }, /inside the package/],
    [{ files: ['index.html', 'https://cdn/x.js'] }, /inside the package/],
    [{ files: ['index.html', MANIFEST_FILE] }, /packager/],
  ])('refuses files that cannot make a package: %j', (change, message) => {
    expect(() => scormManifestXml({ ...info, ...change })).toThrow(message);
  });

  it('makes identifiers valid xs:IDs', () => {
    expect(xmlId('business-operations')).toBe('business-operations');
    expect(xmlId('2024 course')).toBe('_2024_course');
  });
});

describe('checkScormManifest', () => {
  const xml = scormManifestXml(info);
  const inZip = zipPackage(xml);
  const broken = (from: string | RegExp, to: string) => checkScormManifest(parse(xml.replace(from, to)), inZip);

  it('finds a file of the zip the manifest does not list, and a listed file the zip lacks', () => {
    expect(broken('      <file href="favicon.svg"/>\n', '')).toEqual(['package file favicon.svg is not listed in the manifest']);
    expect(checkScormManifest(parse(xml), inZip.filter((f) => f !== 'favicon.svg'))).toEqual(['listed file favicon.svg is not in the package']);
  });

  it.each([
    ['<file href="favicon.svg"/>', '<file href="../favicon.svg"/>', /relative path inside/],
    ['<file href="favicon.svg"/>', '<file href="/favicon.svg"/>', /relative path inside/],
    ['<file href="favicon.svg"/>', '<file href="favicon.svg"/><file href="favicon.svg"/>', /listed twice/],
    ['identifier="business-operations-item"', 'identifier="business-operations-sco"', /used twice/],
    ['identifier="business-operations-item"', 'identifier="1 item"', /not a valid xs:ID/],
    ['<schemaversion>1.2</schemaversion>', '<schemaversion>CAM 1.3</schemaversion>', /schemaversion/],
    ['<schema>ADL SCORM</schema>', '', /metadata\/schema/],
    ['adlcp:scormtype="sco"', 'adlcp:scormtype="asset"', /scormtype/],
    ['type="webcontent"', 'type="web"', /webcontent/],
    ['<adlcp:masteryscore>80</adlcp:masteryscore>', '<adlcp:masteryscore>eighty</adlcp:masteryscore>', /masteryscore/],
    ['<adlcp:masteryscore>80</adlcp:masteryscore>', '', /masteryscore/],
    ['identifierref="business-operations-sco"', 'identifierref="nothing"', /identifierref/],
    ['default="business-operations-org"', 'default="other"', /default/],
    [` version="0.1.0"`, '', /version/],
    [IMSCP_NS, 'http://www.imsglobal.org/xsd/imscp_v1p1', /root element/],
    ['</manifest>', '', /well-formed/],
    [/<title>[^<]*<\/title>/g, '<title></title>', /title/],
  ])('flags %s → %s', (from, to, problem) => {
    const problems = broken(from, to);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(problem);
  });
});
