import type { CourseManifest } from '../../content/types.ts';
import type { ProgressData } from '../../progress/progress-schema.ts';
import { computeChapterProgress } from '../../progress/selectors.ts';

export interface CertificateChapter {
  id: string;
  completedAt: number | null;
  /** Best counting score, 0..1; null for a chapter without quizzes. */
  bestScore: number | null;
}

/** What a certificate made by this browser states, from its own progress record. */
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
