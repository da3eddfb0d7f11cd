import type { CompileContext, DataLoader } from './context.ts';
import { checkPlaceholders } from './content-rules.ts';
import { compileQuiz } from './directives/quiz.ts';
import { parseMarkdown } from './markdown.ts';
import { MessageSink, sortMessages, type ContentMessage, type Place } from './messages.ts';
import type { Chapter, Locale, QuizBlock, TestRules } from './types.ts';
import { checkChapterTypography } from './typography-rules.ts';

export interface TestBankInput {
  /** Path relative to the project root, e.g. `content/zh-CN/03-kpis.test.md`. */
  path: string;
  source: string;
  locale: Locale;
  /** The chapter's objective ids, or null when its frontmatter was unreadable. */
  objectiveIds: ReadonlySet<string> | null;
  loadData: DataLoader;
}

export interface TestBankResult {
  quizzes: QuizBlock[];
  messages: ContentMessage[];
  /** Where each question was defined, for course-wide duplicate checks. */
  quizPlaces: Map<string, Place>;
}

/**
 * Compiles a chapter's test bank: a file of `::::quiz` blocks and nothing else, each mapped to one
 * of the chapter's objectives. Never throws.
 */
export function compileTestBank(input: TestBankInput): TestBankResult {
  const sink = new MessageSink(input.path);
  const ctx: CompileContext = {
    sink,
    locale: input.locale,
    objectiveIds: input.objectiveIds,
    loadData: input.loadData,
    dataSink: () => sink,
    quizPlaces: new Map(),
  };
  const quizzes: QuizBlock[] = [];
  for (const node of parseMarkdown(input.source, sink).children) {
    if (node.type !== 'containerDirective' || node.name !== 'quiz') {
      sink.error('bank-stray-content', 'a test bank holds only ::::quiz blocks; move other text into the chapter', node.position);
      continue;
    }
    const quiz = compileQuiz(node, ctx);
    if (!quiz) continue;
    if (quiz.objective === null) sink.error('bank-quiz-objective', `test question "${quiz.id}" names no objective; add objective=<id>`, node.position);
    quizzes.push(quiz);
  }
  if (input.locale === 'zh-CN') checkChapterTypography(input.source, sink);
  checkPlaceholders(input.source, sink);
  return { quizzes, messages: sortMessages(sink.messages), quizPlaces: ctx.quizPlaces };
}

/** Bank minimums: room to vary every attempt, every objective tested, more than one kind of question. */
export const BANK_RULES = { perQuestionDrawn: 2, perObjective: 2, minKinds: 3 } as const;

/** Checks a chapter's bank against the course's test rules; reports at the top of the bank file. */
export function checkBankRules(chapter: Chapter, rules: TestRules, sink: MessageSink): void {
  const top = { line: 1, column: 1 };
  const bank = chapter.test;
  const needed = rules.questions * BANK_RULES.perQuestionDrawn;
  if (bank.length < needed) {
    sink.error('bank-too-small', `the test bank has ${bank.length} questions; with ${rules.questions} drawn per attempt it needs at least ${needed}`, top);
  }
  for (const objective of chapter.objectives) {
    const count = bank.filter((quiz) => quiz.objective === objective.id).length;
    if (count < BANK_RULES.perObjective) {
      sink.error('bank-objective-thin', `objective "${objective.id}" has ${count} test question(s); it needs at least ${BANK_RULES.perObjective}`, top);
    }
  }
  const kinds = new Set(bank.map((quiz) => quiz.kind));
  if (kinds.size < BANK_RULES.minKinds) {
    sink.error('bank-few-types', `the test bank uses ${kinds.size} question type(s); it needs at least ${BANK_RULES.minKinds}`, top);
  }
}

/** What grading depends on: two translations of a question must agree on it exactly. */
export function answerKey(quiz: QuizBlock): string {
  const common = [quiz.kind, quiz.objective ?? ''];
  switch (quiz.kind) {
    case 'single':
    case 'multiple':
      return JSON.stringify([...common, quiz.options.map((o) => o.correct), quiz.kind === 'multiple' && quiz.partialCredit]);
    case 'truefalse':
      return JSON.stringify([...common, quiz.answer]);
    case 'numeric':
      return JSON.stringify([...common, quiz.answer, quiz.tolerance, quiz.eitherSign ?? false]);
    case 'order':
      return JSON.stringify([...common, quiz.items.map((item) => item.id)]);
  }
}
