import type { CourseManifest } from '../../content/types.ts';
import type { ProgressData } from '../../progress/progress-schema.ts';
import { computeChapterProgress } from '../../progress/selectors.ts';
import { sha256Hex } from './sha256.ts';

export interface CertificateChapter {
  id: string;
  completedAt: number | null;
  /** Best counting score, 0..1; null for a chapter without quizzes. */
  bestScore: number | null;
}

/** What a certificate states; its verification code is derived from exactly these facts. */
export interface CertificateRecord {
  name: string;
  courseId: string;
  chapters: CertificateChapter[];
  /** The latest chapter completion: when the course was completed. */
  completedAt: number | null;
}

export function certificateRecord(name: string, state: Pick<ProgressData, 'chapters'>, manifest: CourseManifest): CertificateRecord {
  const chapters = manifest.chapters
    .filter((chapter) => chapter.slideIds.length > 0)
    .sort((a, b) => a.order - b.order)
    .map((chapter) => {
      const { completedAt, bestScore } = computeChapterProgress(state, chapter, manifest.passMark);
      return { id: chapter.id, completedAt, bestScore };
    });
  const stamps = chapters.map((c) => c.completedAt).filter((at): at is number => at !== null);
  return {
    name: name.normalize('NFC').trim(),
    courseId: manifest.courseId,
    chapters,
    completedAt: stamps.length === 0 ? null : Math.max(...stamps),
  };
}

/** One fixed serialisation of the record: same facts, same text, whatever order they were gathered in. */
export function canonicalCertificate(record: CertificateRecord): string {
  const chapters = record.chapters.map((c) => [c.id, c.completedAt, c.bestScore]);
  return JSON.stringify(['courseware-certificate', 1, record.name, record.courseId, chapters]);
}

/** `XXXXX-XXXXX`: the first 10 hex digits of the SHA-256 of the canonical record, upper case. */
export async function verificationCode(canonical: string): Promise<string> {
  const hex = (await sha256Hex(canonical)).slice(0, 10).toUpperCase();
  return `${hex.slice(0, 5)}-${hex.slice(5)}`;
}
