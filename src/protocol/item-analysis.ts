import { z } from 'zod';
import type { LocalizedText } from '../content/types.ts';
import { fileLocale, identifier } from './fields.ts';

/** How a cohort answered one chapter test, question by question (the manager's item analysis). */

/** `GET …/items`: one chapter's test, or the first chapter that has one. */
export const itemsQuery = z.object({ chapter: identifier().optional() });
/** `GET …/items.csv`: one chapter's items, headed in `locale`. */
export const itemsCsvQuery = z.object({ chapter: identifier(), locale: fileLocale });

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
