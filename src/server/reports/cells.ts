import type { CourseIndex } from '../course-index.ts';
import type { ChapterCell, LearnerStatus } from '../../protocol/reports.ts';
import type { ChapterSummaryRow } from '../sync/progress-read.ts';

export type { ChapterCell, LearnerStatus };

/** Cells for every chapter of the course, in course order; chapters not started are zeros. */
export function chapterCells(course: CourseIndex, summaries: readonly ChapterSummaryRow[]): ChapterCell[] {
  const byChapter = new Map(summaries.map((summary) => [summary.chapterId, summary]));
  return course.chapters.map((chapter) => {
    const summary = byChapter.get(chapter.id);
    const slidesSeen = Math.min(summary?.slidesSeen ?? 0, chapter.slideIds.size);
    return {
      chapterId: chapter.id,
      slidesSeen,
      seenPercent: Math.floor((slidesSeen * 100) / chapter.slideIds.size),
      bestScore: summary?.bestScore ?? null,
      attempts: summary?.attempts ?? 0,
      completedAt: summary?.completedAt ?? null,
    };
  });
}

export function learnerStatus(cells: readonly ChapterCell[], lastActivityAt: number | null): LearnerStatus {
  if (cells.length > 0 && cells.every((cell) => cell.completedAt !== null)) return 'completed';
  return lastActivityAt === null ? 'not_started' : 'in_progress';
}

/** `YYYY-MM-DD` of `now` in the server's time zone. */
export function localDate(now: number): string {
  const date = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Past the due date: the whole due day counts as on time. */
export function isPastDue(dueDate: string | null, now: number): boolean {
  return dueDate !== null && localDate(now) > dueDate;
}
