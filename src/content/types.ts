/**
 * The shape of compiled course content: what the compiler emits and the viewer renders.
 * Types and a few constants, so client code can import it without pulling in the compiler.
 */
import type { Root as HastRoot } from 'hast';

export type { HastRoot };

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export type LocalizedText = Record<Locale, string>;

/** How a compiled chapter is keyed everywhere (its module, the compiler's map): `<locale>/<chapter id>`. */
export function chapterKey(locale: Locale, chapterId: string): string {
  return `${locale}/${chapterId}`;
}

export interface Objective {
  id: string;
  text: string;
}

/** Markdown prose (paragraphs, lists, tables, headings) as a sanitised hast tree. */
export interface ProseBlock {
  type: 'prose';
  hast: HastRoot;
}

export interface CalloutBlock {
  type: 'callout';
  tone: 'tip' | 'warning' | 'case';
  title: string | null;
  blocks: Block[];
}

/** A preset value for one calculator input, keyed by the input's camelCase name. */
export type CalculatorPresetValue = number | number[] | boolean | string;

export interface CalculatorBlock {
  type: 'calculator';
  /** KPI id in camelCase, e.g. `retentionRatePeriod`. */
  kind: string;
  presets: Record<string, CalculatorPresetValue>;
}

export type ChartType = 'line' | 'bar' | 'funnel';

export interface ChartBlock {
  type: 'chart';
  chartType: ChartType;
  title: string | null;
  unit: string | null;
  /** First column holds the category (x axis or funnel stage); the others are numeric series. */
  columns: string[];
  rows: Array<[string, ...number[]]>;
}

interface QuizCommon {
  type: 'quiz';
  id: string;
  objective: string | null;
  prompt: HastRoot;
  explain: HastRoot | null;
  /** Whether options may be shuffled per attempt (`shuffle=false` keeps authored order). */
  shuffle: boolean;
}

export interface ChoiceOption {
  /** Stable per quiz: `a`, `b`, `c` … in authored order. */
  id: string;
  content: HastRoot;
  correct: boolean;
}

export interface SingleQuiz extends QuizCommon {
  kind: 'single';
  options: ChoiceOption[];
}

export interface MultipleQuiz extends QuizCommon {
  kind: 'multiple';
  options: ChoiceOption[];
  /** Partial credit instead of all-or-nothing. */
  partialCredit: boolean;
}

export interface TrueFalseQuiz extends QuizCommon {
  kind: 'truefalse';
  answer: boolean;
}

export interface NumericQuiz extends QuizCommon {
  kind: 'numeric';
  answer: number;
  tolerance: number;
  unit: string | null;
  /**
   * `signed=either`: the answer with either sign is right, for a question about how much something
   * fell where "15" and "−15" mean the same fall.
   */
  eitherSign?: boolean;
}

export interface OrderItem {
  id: string;
  content: HastRoot;
}

export interface OrderQuiz extends QuizCommon {
  kind: 'order';
  /** Items in the correct order. */
  items: OrderItem[];
}

export type QuizBlock = SingleQuiz | MultipleQuiz | TrueFalseQuiz | NumericQuiz | OrderQuiz;

export const DIAGRAM_KINDS = ['cycle', 'flow', 'matrix', 'funnel', 'hierarchy', 'timeline'] as const;
export type DiagramKind = (typeof DIAGRAM_KINDS)[number];

/** A diagram drawn from text at build time: static SVG and the same structure as text. */
export interface DiagramBlock {
  type: 'diagram';
  kind: DiagramKind;
  title: string | null;
  /** One `<svg>` element; one user unit is one canvas pixel, colours come from CSS classes. */
  svg: HastRoot;
  /** Intrinsic size in canvas pixels (at most the canvas content width). */
  width: number;
  height: number;
  /** The text alternative: the steps, lanes, cells or levels in order, as lists. */
  alt: HastRoot;
}

export type Block = ProseBlock | CalloutBlock | CalculatorBlock | ChartBlock | QuizBlock | DiagramBlock;

/**
 * One slide in two layers: the face is what slide mode projects (a title, a few short lines or
 * one visual, at most one interactive block); the depth is the reading behind it (explanations,
 * worked examples, long tables), shown after the face in the lesson, handouts and presenter view.
 */
export interface Slide {
  id: string;
  title: string;
  face: Block[];
  depth: Block[];
  /** Speaker notes, or null if the slide has none. */
  notes: HastRoot | null;
  /**
   * The least time, in milliseconds, a reader plausibly spends on the slide (face and depth),
   * scaled to its length; a slide counts as seen only after this long on screen.
   */
  readingMs: number;
}

/** Every block of a slide, face then depth (quizzes, for instance, may sit in either). */
export function slideBlocks(slide: Slide): Block[] {
  return [...slide.face, ...slide.depth];
}

/**
 * The fixed logical canvas every slide face is laid out on (CSS pixels before scaling), and the
 * type sizes on it. Slide mode scales the whole canvas to the window; the compiler checks each
 * face against these numbers, and `present.css` uses the same ones.
 */
export const SLIDE_CANVAS = {
  width: 1600,
  height: 900,
  paddingX: 88,
  paddingY: 48,
  titleFont: 60,
  titleLineHeight: 1.2,
  titleGap: 32,
  bodyFont: 36,
  bodyLineHeight: 1.45,
  /** The smallest text on the canvas: 24 CSS px when a 1600-wide canvas is shown 1280 wide. */
  minFont: 30,
  diagramLabelFont: 32,
  diagramDetailFont: 30,
} as const;

export interface Chapter {
  id: string;
  locale: Locale;
  title: string;
  summary: string;
  /** Minutes. */
  duration: number;
  objectives: Objective[];
  slides: Slide[];
  /**
   * The chapter test's bank (`NN-<id>.test.md`): questions never shown on slides, each mapped to
   * an objective; every attempt draws its questions from here.
   */
  test: QuizBlock[];
}

/** What the eager manifest says about one chapter in one locale: just what cards need. */
export interface ChapterSummary {
  title: string;
  summary: string;
  duration: number;
}

/**
 * One chapter in the eager manifest, which the home page ships with; it stays small on purpose
 * (slide titles, objectives and everything else load with the chapter's own module).
 */
export interface ManifestChapter {
  id: string;
  /** 1-based position in the course. */
  order: number;
  /** Title from course.yaml, used while a chapter has no content yet. */
  plannedTitle: LocalizedText;
  /** Slide ids in order; identical in every locale (the compiler checks), empty if unwritten. */
  slideIds: string[];
  /** Ids of the practice quizzes on the chapter's slides, identical in every locale. */
  quizIds: string[];
  /** Questions one attempt at the chapter test asks (0: the chapter has no test). */
  testSize: number;
  /** Per locale; null where that locale has no file for this chapter. */
  locales: Record<Locale, ChapterSummary | null>;
}

/** How the chapter tests are taken (`test:` in course.yaml). */
export interface TestRules {
  /** Questions drawn from a chapter's bank for one attempt. */
  questions: number;
  /** Minutes a learner waits after an attempt before the next one (0: no wait). */
  cooldownMinutes: number;
  /** Most attempts at one chapter's test within any 24 hours (0: no limit). */
  attemptsPerDay: number;
}

export interface CourseManifest {
  courseId: string;
  title: LocalizedText;
  /** Fraction in [0, 1] a chapter test must reach. */
  passMark: number;
  test: TestRules;
  chapters: ManifestChapter[];
}
