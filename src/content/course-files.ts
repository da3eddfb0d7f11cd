import type { ChapterCompileResult } from './chapter.ts';
import type { Place } from './messages.ts';
import type { Locale, QuizBlock } from './types.ts';

export interface SourceFile {
  /** Path relative to the project root, e.g. `content/zh-CN/01-overview.md`. */
  path: string;
  text: string;
}

/** A chapter file, compiled: where it sits in the course and what came out. */
export interface CompiledFile {
  file: SourceFile;
  locale: Locale;
  id: string;
  number: number;
  result: ChapterCompileResult;
}

/** A test bank file, compiled, with where each question stands. */
export interface CompiledBank {
  file: SourceFile;
  locale: Locale;
  id: string;
  quizzes: QuizBlock[];
  quizPlaces: Map<string, Place>;
}
