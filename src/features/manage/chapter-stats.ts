import type { MatrixChapter, MatrixLearner } from './types.ts';

export interface ChapterStats {
  chapterId: string;
  /** Share of the learners who completed the chapter, 0..100. */
  completedPercent: number;
  /** Mean best score 0..1 of the learners who took the chapter test, or null if nobody did. */
  averageBestScore: number | null;
}

/** Per chapter, over the given learners: how many completed it and how well they scored. */
export function chapterStats(chapters: readonly MatrixChapter[], learners: readonly MatrixLearner[]): ChapterStats[] {
  return chapters.map((chapter) => {
    const cells = learners.flatMap((learner) => learner.chapters.filter((cell) => cell.chapterId === chapter.id));
    const completed = cells.filter((cell) => cell.completedAt !== null).length;
    const scores = cells.map((cell) => cell.bestScore).filter((score): score is number => score !== null);
    return {
      chapterId: chapter.id,
      completedPercent: learners.length === 0 ? 0 : (completed * 100) / learners.length,
      averageBestScore: scores.length === 0 ? null : scores.reduce((sum, score) => sum + score, 0) / scores.length,
    };
  });
}
