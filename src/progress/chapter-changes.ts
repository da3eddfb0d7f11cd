import type { CourseManifest } from '../content/types.ts';
import { appendEvents, createEvent } from './outbox.ts';
import { emptyChapterRecord, own } from './progress-data.ts';
import type { ChapterRecord, ProgressEvent } from './progress-schema.ts';
import type { ProgressState } from './progress-state.ts';
import { computeChapterProgress } from './selectors.ts';

type Input = Pick<ProgressState, 'chapters' | 'outbox' | 'storageIssue' | 'course'>;
type Change = Pick<ProgressState, 'chapters' | 'outbox' | 'storageIssue'>;
type Completion = { chapters: Record<string, ChapterRecord>; event: ProgressEvent };

/** Stamps `completedAt` and emits `chapter_completed`, unless the chapter already has its stamp. */
export function stampCompletion(
  chapters: Record<string, ChapterRecord>,
  chapterId: string,
  at: number,
): Completion | null {
  const record = own(chapters, chapterId) ?? emptyChapterRecord();
  if (record.completedAt !== null) return null;
  return {
    chapters: { ...chapters, [chapterId]: { ...record, completedAt: at } },
    event: createEvent({ type: 'chapter_completed', at, chapterId }),
  };
}

function stampIfComplete(
  course: CourseManifest | null,
  chapters: Record<string, ChapterRecord>,
  chapterId: string,
  at: number,
): Completion | null {
  const chapter = course?.chapters.find((c) => c.id === chapterId);
  const record = own(chapters, chapterId);
  if (course === null || chapter === undefined || record === undefined || record.completedAt !== null) return null;
  return computeChapterProgress({ chapters }, chapter, course.passMark).complete
    ? stampCompletion(chapters, chapterId, at)
    : null;
}

/**
 * Stores a chapter's new facts with their events. If the facts make the chapter complete for the
 * first time (by the selectors, against the configured course), completion is stamped at `at`.
 */
export function recordChapterChange(
  state: Input,
  chapterId: string,
  record: ChapterRecord,
  events: ProgressEvent[],
  at: number,
): Change {
  const chapters = { ...state.chapters, [chapterId]: record };
  const completion = stampIfComplete(state.course, chapters, chapterId, at);
  return {
    chapters: completion?.chapters ?? chapters,
    ...appendEvents(state, completion === null ? events : [...events, completion.event]),
  };
}

/** Stamps every chapter complete by now but not yet stamped: after configuring the course or an import. */
export function recordReadyCompletions(state: Input, at: number): Change | null {
  let { chapters } = state;
  const events: ProgressEvent[] = [];
  for (const chapter of state.course?.chapters ?? []) {
    const completion = stampIfComplete(state.course, chapters, chapter.id, at);
    if (completion === null) continue;
    chapters = completion.chapters;
    events.push(completion.event);
  }
  return events.length === 0 ? null : { chapters, ...appendEvents(state, events) };
}
