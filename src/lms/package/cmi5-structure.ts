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
  /** A block's `<title>` and `<description>`, each a langstring per locale, at `indent`. */
  const titled = (title: Record<Locale, string>, about: Record<Locale, string>, indent: string) => [
    `${indent}<title>`,
    ...langstrings(title, `${indent}  `),
    `${indent}</title>`,
    `${indent}<description>`,
    ...langstrings(about, `${indent}  `),
    `${indent}</description>`,
  ];
  const objectiveId = (chapterId: string) => escapeXml(`${course}:chapter:${encodeURIComponent(chapterId)}`);
  const chapters = manifest.chapters.filter((chapter) => chapter.slideIds.length > 0);
  const chapterTitle = (chapter: (typeof chapters)[number]) =>
    Object.fromEntries(LOCALES.map((locale) => [locale, chapter.locales[locale]?.title ?? chapter.plannedTitle[locale]])) as Record<Locale, string>;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<courseStructure xmlns="${CMI5_NS}">`,
    `  <course id="${escapeXml(course)}">`,
    ...titled(manifest.title, description, '    '),
    '  </course>',
    '  <objectives>',
    ...chapters.flatMap((chapter) => [
      `    <objective id="${objectiveId(chapter.id)}">`,
      ...titled(chapterTitle(chapter), chapterTitle(chapter), '      '),
      '    </objective>',
    ]),
    '  </objectives>',
    // One AU: completion is read every chapter, passing is pass every chapter's test (see README).
    `  <au id="${escapeXml(`${course}:au`)}" moveOn="CompletedAndPassed" masteryScore="${manifest.passMark}" launchMethod="AnyWindow">`,
    ...titled(manifest.title, description, '    '),
    '    <objectives>',
    ...chapters.map((chapter) => `      <objective idref="${objectiveId(chapter.id)}"/>`),
    '    </objectives>',
    `    <url>${escapeXml(launchFile)}</url>`,
    '  </au>',
    '</courseStructure>',
    '',
  ].join('\n');
}
