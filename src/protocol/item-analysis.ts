import type { LocalizedText } from '../content/types.ts';

/** How a cohort answered one chapter test, question by question (the manager's item analysis). */

export type ItemKind = 'single' | 'multiple' | 'truefalse' | 'numeric' | 'order';

export interface ItemStat {
  quizId: string;
  /** 1-based position in the chapter's bank. */
  number: number;
  kind: ItemKind;
  objectiveId: string | null;
  prompt: LocalizedText;
  /** Graded attempts that asked this question. */
  asked: number;
  /** Of those, answered fully right. */
  correct: number;
  /**
   * The wrong answer given most often: an option's text (single, multiple: the wrong option picked
   * most), true/false, or a number as typed; null when nobody chose a wrong answer (or for order).
   */
  commonWrong: { answer: LocalizedText; count: number } | null;
}

export interface ObjectiveStat {
  id: string;
  text: LocalizedText;
  /** Questions of this objective asked, over all graded attempts. */
  asked: number;
  correct: number;
}

export interface ItemAnalysis {
  chapterId: string;
  /** Graded attempts counted (every graded attempt of every learner in the cohort). */
  attempts: number;
  /** Learners with at least one graded attempt. */
  learners: number;
  items: ItemStat[];
  objectives: ObjectiveStat[];
}

/** Share answered fully right, 0..1, or null when never asked. */
export function shareCorrect(stat: { asked: number; correct: number }): number | null {
  return stat.asked === 0 ? null : stat.correct / stat.asked;
}
