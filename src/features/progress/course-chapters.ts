import type { ManifestChapter } from '../../content/types.ts';
import { course } from '../../course/course.ts';

/** Chapters the learner can study (they have slides), in course order; planned chapters are left out. */
export function availableChapters(): ManifestChapter[] {
  return course.chapters.filter((chapter) => chapter.slideIds.length > 0).sort((a, b) => a.order - b.order);
}
