import type { CourseManifest } from '../content/types.ts';
import { recordReadyCompletions } from './chapter-changes.ts';
import type { ProgressSliceCreator } from './progress-state.ts';

export interface CourseSlice {
  /** The course completion is checked against; not saved, the app configures it at start. */
  course: CourseManifest | null;
  configureCourse: (manifest: CourseManifest) => void;
}

export const createCourseSlice: ProgressSliceCreator<CourseSlice> = (set, get) => ({
  course: null,
  configureCourse: (manifest) => {
    const state = { ...get(), course: manifest };
    set({ course: manifest, ...recordReadyCompletions(state, Date.now()) });
  },
});
