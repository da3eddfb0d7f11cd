import { compileChapter, type ChapterCompileResult } from './chapter.ts';
import { checkChapterRules, collectQuizzes } from './content-rules.ts';
import { FACE_BUDGET, medianFaceAmount } from './face-budget.ts';
import type { DataLoader } from './context.ts';
import { formatMessage, hasErrors, MessageSink, sortMessages, type ContentMessage, type Place } from './messages.ts';
import { courseSchema, type CourseConfig } from './schemas.ts';
import { answerKey, checkBankRules, compileTestBank } from './test-bank.ts';
import { chapterKey, DEFAULT_LOCALE, LOCALES, slideBlocks, type Chapter, type ChapterSummary, type CourseManifest, type Locale, type QuizBlock, type TestRules } from './types.ts';
import { parseYamlWith } from './yaml-source.ts';

export interface SourceFile {
  /** Path relative to the project root, e.g. `content/zh-CN/01-overview.md`. */
  path: string;
  text: string;
}

export interface CourseInput {
  course: SourceFile;
  chapters: SourceFile[];
  loadData: DataLoader;
  /** Apply the course minimums (slide counts, notes, quizzes); off for format-only fixtures. */
  enforceChapterRules?: boolean;
}

export interface CourseCompileResult {
  manifest: CourseManifest | null;
  /** Compiled chapters keyed `<locale>/<chapter id>`. */
  chapters: Map<string, Chapter>;
  messages: ContentMessage[];
}

const CHAPTER_FILE = /^content\/([^/]+)\/(\d{2})-([a-z0-9-]+)\.md$/;
const BANK_FILE = /^content\/([^/]+)\/(\d{2})-([a-z0-9-]+)\.test\.md$/;

export { chapterKey };

interface CompiledFile {
  file: SourceFile;
  locale: Locale;
  id: string;
  number: number;
  result: ChapterCompileResult;
}

interface CompiledBank {
  file: SourceFile;
  locale: Locale;
  id: string;
  quizzes: QuizBlock[];
  quizPlaces: Map<string, Place>;
}

/** Compiles the whole course: every file, then the checks that span files. Never throws. */
export function compileCourse(input: CourseInput): CourseCompileResult {
  const messages: ContentMessage[] = [];
  const courseSink = new MessageSink(input.course.path);
  const course = parseYamlWith(input.course.text, 1, courseSchema, courseSink, 'course.yaml');
  messages.push(...courseSink.messages);
  if (course) checkCourseIds(course, input.course.text, courseSink);

  const compiled: CompiledFile[] = [];
  const bankFiles: SourceFile[] = [];
  for (const file of input.chapters) {
    const sink = new MessageSink(file.path);
    if (BANK_FILE.test(file.path)) {
      bankFiles.push(file);
      continue;
    }
    const match = CHAPTER_FILE.exec(file.path);
    if (!match) {
      sink.error('file-name', 'chapter files are named content/<locale>/NN-<chapter id>.md');
      messages.push(...sink.messages);
      continue;
    }
    const [, locale, number, id] = match as unknown as [string, string, string, string];
    if (!(LOCALES as readonly string[]).includes(locale)) {
      sink.error('file-unknown-locale', `unknown locale folder "${locale}"; expected ${LOCALES.join(', ')}`);
      messages.push(...sink.messages);
      continue;
    }
    const result = compileChapter({ path: file.path, source: file.text, locale: locale as Locale, loadData: input.loadData });
    if (input.enforceChapterRules !== false) checkChapterRules(result, file.text, sink);
    if (course) checkPlacement(course, result, id, Number(number), sink);
    messages.push(...result.messages, ...sink.messages);
    compiled.push({ file, locale: locale as Locale, id, number: Number(number), result });
  }
  const enforce = input.enforceChapterRules !== false;
  const banks = compileBanks(bankFiles, compiled, course?.test ?? null, enforce, input.loadData, messages);
  messages.push(...crossFileChecks(compiled, banks));
  if (input.enforceChapterRules !== false) messages.push(...checkFaceMedians(compiled, input.course.path));
  const unique = dedupe(messages);

  const chapters = new Map<string, Chapter>();
  for (const { locale, id, result } of compiled) {
    if (result.chapter) chapters.set(chapterKey(locale, id), result.chapter);
  }
  const manifest = course && !unique.some((m) => m.severity === 'error') ? buildManifest(course, chapters) : null;
  return { manifest, chapters, messages: sortMessages(unique) };
}

/** Compiles each chapter's test bank, attaches it to its chapter and checks it against the test rules. */
function compileBanks(
  files: SourceFile[],
  chapters: CompiledFile[],
  rules: TestRules | null,
  enforce: boolean,
  loadData: DataLoader,
  messages: ContentMessage[],
): CompiledBank[] {
  const banks: CompiledBank[] = [];
  for (const file of files) {
    const sink = new MessageSink(file.path);
    const [, locale, number, id] = BANK_FILE.exec(file.path) as unknown as [string, string, string, string];
    const owner = chapters.find((c) => c.locale === locale && c.id === id);
    if (!owner) {
      sink.error('bank-without-chapter', `test bank for "${id}" has no chapter file content/${locale}/${number}-${id}.md beside it`);
      messages.push(...sink.messages);
      continue;
    }
    if (owner.number !== Number(number)) sink.error('chapter-number', `file number ${number} does not match the chapter file ${owner.file.path}`);
    const objectiveIds = owner.result.frontmatter ? new Set(owner.result.frontmatter.objectives.map((o) => o.id)) : null;
    const result = compileTestBank({ path: file.path, source: file.text, locale: owner.locale, objectiveIds, loadData });
    messages.push(...result.messages);
    const chapter = owner.result.chapter;
    if (chapter && !hasErrors(result.messages)) {
      chapter.test = result.quizzes;
      if (enforce && rules) checkBankRules(chapter, rules, sink);
    }
    messages.push(...sink.messages);
    banks.push({ file, locale: owner.locale, id, quizzes: result.quizzes, quizPlaces: result.quizPlaces });
  }
  if (enforce) {
    for (const c of chapters) {
      if (c.result.chapter && !banks.some((b) => b.locale === c.locale && b.id === c.id)) {
        const sink = new MessageSink(c.file.path);
        sink.error('bank-missing', `chapter "${c.id}" has no test bank; write its questions in ${c.file.path.replace(/\.md$/, '.test.md')}`);
        messages.push(...sink.messages);
      }
    }
  }
  return banks;
}

function checkCourseIds(course: CourseConfig, text: string, sink: MessageSink): void {
  const seen = new Set<string>();
  for (const chapter of course.chapters) {
    if (seen.has(chapter.id)) {
      const line = text.split('\n').findIndex((l) => new RegExp(`id:\\s*${chapter.id}\\s*$`).test(l)) + 1;
      sink.error('course-duplicate-chapter', `chapter "${chapter.id}" is listed twice`, { line: Math.max(line, 1), column: 1 });
    }
    seen.add(chapter.id);
  }
}

function checkPlacement(course: CourseConfig, result: ChapterCompileResult, fileId: string, number: number, sink: MessageSink): void {
  const index = course.chapters.findIndex((c) => c.id === fileId);
  if (index === -1) {
    sink.error('chapter-unknown', `chapter "${fileId}" is not listed in content/course.yaml`);
    return;
  }
  if (index + 1 !== number) {
    sink.error('chapter-number', `file number ${String(number).padStart(2, '0')} does not match position ${index + 1} of "${fileId}" in course.yaml`);
  }
  if (result.frontmatter && result.frontmatter.id !== fileId) {
    sink.error('chapter-id-mismatch', `frontmatter id "${result.frontmatter.id}" does not match the file name ("${fileId}")`, { line: 2, column: 1 });
  }
}

function crossFileChecks(files: CompiledFile[], banks: CompiledBank[]): ContentMessage[] {
  const sinks = new Map<string, MessageSink>();
  const sinkFor = (path: string) => {
    let s = sinks.get(path);
    if (!s) sinks.set(path, (s = new MessageSink(path)));
    return s;
  };
  const byLocale = new Map<Locale, CompiledFile[]>();
  for (const f of files) byLocale.set(f.locale, [...(byLocale.get(f.locale) ?? []), f]);

  for (const [, localeFiles] of byLocale) {
    const chapterIds = new Map<string, string>();
    const quizIds = new Map<string, { path: string; place: Place }>();
    for (const f of localeFiles) {
      const other = chapterIds.get(f.id);
      if (other) sinkFor(f.file.path).error('chapter-duplicate', `chapter "${f.id}" is also defined in ${other}`);
      chapterIds.set(f.id, f.file.path);
    }
    const placed = [
      ...localeFiles.map((f) => ({ path: f.file.path, places: f.result.quizPlaces })),
      ...banks.filter((b) => b.locale === localeFiles[0]?.locale).map((b) => ({ path: b.file.path, places: b.quizPlaces })),
    ];
    for (const { path, places } of placed) {
      for (const [quizId, place] of places) {
        const first = quizIds.get(quizId);
        if (first && first.path !== path) {
          sinkFor(path).error('quiz-duplicate-id', `quiz id "${quizId}" is already used at ${first.path}:${first.place.line}:${first.place.column}`, place);
        } else if (!first) {
          quizIds.set(quizId, { path, place });
        }
      }
    }
  }

  const originals = new Map((byLocale.get(DEFAULT_LOCALE) ?? []).map((f) => [f.id, f]));
  for (const [locale, localeFiles] of byLocale) {
    if (locale === DEFAULT_LOCALE) continue;
    for (const f of localeFiles) {
      const original = originals.get(f.id);
      const sink = sinkFor(f.file.path);
      if (!original) {
        sink.error('locale-without-original', `chapter "${f.id}" has no ${DEFAULT_LOCALE} original to translate`);
        continue;
      }
      const a = original.result.chapter;
      const b = f.result.chapter;
      if (!a || !b) continue;
      compareIds(sink, 'slide ids', a.slides.map((s) => s.id), b.slides.map((s) => s.id), original.file.path, 'locale-slide-mismatch');
      const quizzes = (c: Chapter) => c.slides.flatMap((s) => collectQuizzes(slideBlocks(s)).map((q) => `${s.id}/${q.id}`));
      compareIds(sink, 'quizzes (slide/quiz id)', quizzes(a), quizzes(b), original.file.path, 'locale-quiz-mismatch');
      compareIds(sink, 'objective ids', a.objectives.map((o) => o.id), b.objectives.map((o) => o.id), original.file.path, 'locale-objective-mismatch');
    }
  }
  const originalBanks = new Map(banks.filter((b) => b.locale === DEFAULT_LOCALE).map((b) => [b.id, b]));
  for (const bank of banks) {
    const original = originalBanks.get(bank.id);
    if (bank.locale === DEFAULT_LOCALE || !original) continue;
    const sink = sinkFor(bank.file.path);
    compareIds(sink, 'test questions', original.quizzes.map((q) => q.id), bank.quizzes.map((q) => q.id), original.file.path, 'locale-test-mismatch');
    const keys = new Map(original.quizzes.map((q) => [q.id, answerKey(q)]));
    for (const quiz of bank.quizzes) {
      const key = keys.get(quiz.id);
      if (key !== undefined && key !== answerKey(quiz)) {
        sink.error('locale-answer-mismatch', `test question "${quiz.id}" is graded differently from ${original.file.path} (type, objective, answer or option marks differ)`, bank.quizPlaces.get(quiz.id));
      }
    }
  }
  for (const original of originals.values()) {
    for (const locale of LOCALES) {
      if (locale === DEFAULT_LOCALE) continue;
      if (!(byLocale.get(locale) ?? []).some((f) => f.id === original.id)) {
        sinkFor(original.file.path).warn('locale-missing-chapter', `chapter "${original.id}" has no ${locale} translation yet; readers of ${locale} see the ${DEFAULT_LOCALE} text`);
      }
    }
  }
  return [...sinks.values()].flatMap((s) => s.messages);
}

/** Faces are short on the whole, not just each under its ceiling: the median is held too. */
function checkFaceMedians(files: CompiledFile[], coursePath: string): ContentMessage[] {
  const sink = new MessageSink(coursePath);
  for (const locale of LOCALES) {
    const slides = files.filter((f) => f.locale === locale).flatMap((f) => f.result.chapter?.slides ?? []);
    const median = medianFaceAmount(slides, locale);
    const [limit, unit] = locale === 'zh-CN' ? [FACE_BUDGET.medianHan, 'Han characters'] : [FACE_BUDGET.medianWords, 'words'];
    if (median > limit) {
      sink.error('face-median-too-long', `the median ${locale} slide face has ${median} ${unit} (at most ${limit}); shorten the longest faces`);
    }
  }
  return sink.messages;
}

function compareIds(sink: MessageSink, what: string, expected: string[], actual: string[], originalPath: string, ruleId: string): void {
  if (expected.join('\n') === actual.join('\n')) return;
  const missing = expected.filter((id) => !actual.includes(id));
  const extra = actual.filter((id) => !expected.includes(id));
  const details = [
    missing.length > 0 ? `missing ${missing.join(', ')}` : '',
    extra.length > 0 ? `extra ${extra.join(', ')}` : '',
    missing.length === 0 && extra.length === 0 ? 'same ids in a different order' : '',
  ].filter(Boolean);
  sink.error(ruleId, `${what} differ from ${originalPath}: ${details.join('; ')}`);
}

function buildManifest(course: CourseConfig, chapters: Map<string, Chapter>): CourseManifest {
  return {
    courseId: course.id,
    title: course.title,
    passMark: course.passMark,
    test: course.test,
    chapters: course.chapters.map((entry, index) => {
      const original = chapters.get(chapterKey(DEFAULT_LOCALE, entry.id));
      return {
      id: entry.id,
      order: index + 1,
      plannedTitle: entry.title,
      slideIds: original?.slides.map((s) => s.id) ?? [],
      quizIds: original?.slides.flatMap((s) => collectQuizzes(slideBlocks(s)).map((q) => q.id)) ?? [],
      testSize: Math.min(course.test.questions, original?.test.length ?? 0),
      locales: Object.fromEntries(
        LOCALES.map((locale) => {
          const chapter = chapters.get(chapterKey(locale, entry.id));
          return [locale, chapter ? summarize(chapter) : null];
        }),
      ) as Record<Locale, ChapterSummary | null>,
      };
    }),
  };
}

function summarize(chapter: Chapter): ChapterSummary {
  return { title: chapter.title, summary: chapter.summary, duration: chapter.duration };
}

function dedupe(messages: ContentMessage[]): ContentMessage[] {
  const seen = new Set<string>();
  return messages.filter((m) => {
    const key = formatMessage(m);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
