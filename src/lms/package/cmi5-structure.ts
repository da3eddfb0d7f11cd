/**
 * The cmi5 course structure (`cmi5.xml`, cmi5 section 13): the whole course as one AU, each
 * chapter one objective the AU is linked to. Pure: the build passes in the course.
 */
import { LOCALES, type CourseManifest, type Locale } from '../../content/types.ts';
import { escapeXml } from './scorm-manifest.ts';

export const CMI5_NS = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';
export const CMI5_FILE = 'cmi5.xml';

/** The publisher's IRIs of the course, its AU and its chapters: stable for a course id. */
export function courseIri(courseId: string): string {
  return `urn:courseware:course:${encodeURIComponent(courseId)}`;
}

export interface Cmi5StructureInfo {
  manifest: CourseManifest;
  /** The AU's launch file, relative to cmi5.xml. */
  launchFile: string;
  /** Summaries per locale, for the course's and the AU's description. */
  description: Record<Locale, string>;
}

export function cmi5StructureXml({ manifest, launchFile, description }: Cmi5StructureInfo): string {
  const course = courseIri(manifest.courseId);
  const langstrings = (texts: Record<Locale, string>, indent: string) =>
    LOCALES.map((locale) => `${indent}<langstring lang="${locale}">${escapeXml(texts[locale])}</langstring>`);
  const chapters = manifest.chapters.filter((chapter) => chapter.slideIds.length > 0);
  const chapterTitle = (chapter: (typeof chapters)[number]) =>
    Object.fromEntries(LOCALES.map((locale) => [locale, chapter.locales[locale]?.title ?? chapter.plannedTitle[locale]])) as Record<Locale, string>;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<courseStructure xmlns="${CMI5_NS}">`,
    `  <course id="${escapeXml(course)}">`,
    '    <title>',
    ...langstrings(manifest.title, '      '),
    '    </title>',
    '    <description>',
    ...langstrings(description, '      '),
    '    </description>',
    '  </course>',
    '  <objectives>',
    ...chapters.flatMap((chapter) => [
      `    <objective id="${escapeXml(`${course}:chapter:${encodeURIComponent(chapter.id)}`)}">`,
      '      <title>',
      ...langstrings(chapterTitle(chapter), '        '),
      '      </title>',
      '      <description>',
      ...langstrings(chapterTitle(chapter), '        '),
      '      </description>',
      '    </objective>',
    ]),
    '  </objectives>',
    // One AU: completion is read every chapter, passing is pass every chapter's test (see README).
    `  <au id="${escapeXml(`${course}:au`)}" moveOn="CompletedAndPassed" masteryScore="${manifest.passMark}" launchMethod="AnyWindow">`,
    '    <title>',
    ...langstrings(manifest.title, '      '),
    '    </title>',
    '    <description>',
    ...langstrings(description, '      '),
    '    </description>',
    '    <objectives>',
    ...chapters.map((chapter) => `      <objective idref="${escapeXml(`${course}:chapter:${encodeURIComponent(chapter.id)}`)}"/>`),
    '    </objectives>',
    `    <url>${escapeXml(launchFile)}</url>`,
    '  </au>',
    '</courseStructure>',
    '',
  ].join('\n');
}
