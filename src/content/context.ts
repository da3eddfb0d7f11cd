import type { MessageSink, Place } from './messages.ts';
import type { Locale } from './types.ts';

/** A chart data file as read from `content/data/`. */
export interface DataFile {
  /** Path relative to the project root. */
  path: string;
  text: string;
  format: 'csv' | 'json';
}

export type DataLoader = (name: string) => DataFile | null;

/** What directive compilers need while compiling one chapter. */
export interface CompileContext {
  sink: MessageSink;
  /** The chapter's language (diagram text alternatives are written in it). */
  locale: Locale;
  /** Objective ids from the frontmatter, or null when the frontmatter was unreadable. */
  objectiveIds: ReadonlySet<string> | null;
  loadData: DataLoader;
  /** Messages about data files, which live in their own files. */
  dataSink: (path: string) => MessageSink;
  /** Where each quiz id was defined, for course-wide duplicate checks. */
  quizPlaces: Map<string, Place>;
}
