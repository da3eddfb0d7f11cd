import type { CourseManifest } from '../../content/types.ts';
import { own } from '../../progress/progress-data.ts';
import type { ProgressData } from '../../progress/progress-schema.ts';
import { computeChapterProgress, selectResumeTarget } from '../../progress/selectors.ts';

/** The element id of a lesson's chapter test (`/learn/<chapter>#chapter-test`). */
const TEST_FRAGMENT = 'chapter-test';

export type ContinueTarget =
  /** Nothing read yet: the first chapter from its start. */
  | { kind: 'start'; chapterId: string; href: string }
  /** Back to a slide of an unfinished chapter. */
  | { kind: 'read'; chapterId: string; href: string }
  /** Every slide of the chapter is read; its test is what is left. */
  | { kind: 'test'; chapterId: string; href: string }
  /** Every chapter complete. */
  | { kind: 'certificate'; href: string };

const lesson = (chapterId: string, slideId?: string) =>
  `/learn/${encodeURIComponent(chapterId)}${slideId === undefined ? '' : `/${encodeURIComponent(slideId)}`}`;

/**
 * Where "continue" leads: the last place read while its chapter is unfinished; else the first
 * unfinished chapter in course order, at its first unread slide or, all read, its test; the
 * certificate once every chapter is complete. Null for a course with nothing written.
 */
export function continueTarget(state: Pick<ProgressData, 'chapters' | 'lastPosition'>, manifest: CourseManifest): ContinueTarget | null {
  const written = manifest.chapters.filter((chapter) => chapter.slideIds.length > 0);
  const unfinished = written.filter((chapter) => !computeChapterProgress(state, chapter, manifest.passMark).complete);
  const next = unfinished[0];
  if (next === undefined) return written.length === 0 ? null : { kind: 'certificate', href: '/progress/certificate' };

  const resume = selectResumeTarget(state, manifest);
  if (resume !== null && unfinished.some((chapter) => chapter.id === resume.chapterId)) {
    return { kind: 'read', chapterId: resume.chapterId, href: lesson(resume.chapterId, resume.slideId) };
  }

  const seen = own(state.chapters, next.id)?.seen ?? {};
  const unread = next.slideIds.find((slideId) => !Object.hasOwn(seen, slideId));
  if (unread === undefined) return { kind: 'test', chapterId: next.id, href: `${lesson(next.id)}#${TEST_FRAGMENT}` };
  const started = next.slideIds.some((slideId) => Object.hasOwn(seen, slideId));
  if (!started && next === written[0]) return { kind: 'start', chapterId: next.id, href: lesson(next.id) };
  return { kind: 'read', chapterId: next.id, href: started ? lesson(next.id, unread) : lesson(next.id) };
}
