import { compileChapter } from './chapter.ts';
import { checkChapterRules } from './content-rules.ts';
import type { DataLoader } from './context.ts';
import { checkCourseIds, checkFaceMedians, checkPlacement, crossFileChecks } from './course-checks.ts';
import type { CompiledBank, CompiledFile, SourceFile } from './course-files.ts';
import { buildManifest } from './manifest.ts';
import { formatMessage, hasErrors, MessageSink, sortMessages, type ContentMessage } from './messages.ts';
import { courseSchema } from './schemas.ts';
import { checkBankRules, compileTestBank } from './test-bank.ts';
import { chapterKey, LOCALES, type Chapter, type CourseManifest, type Locale, type TestRules } from './types.ts';
import { parseYamlWith } from './yaml-source.ts';

export type { SourceFile };

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

/** Compiles the whole course: every file, then the checks that span files. Never throws. */
export function compileCourse(input: CourseInput): CourseCompileResult {
  const messages: ContentMessage[] = [];
  const courseSink = new MessageSink(input.course.path);
  const course = parseYamlWith(input.course.text, 1, courseSchema, courseSink, 'course.yaml');
  if (course) checkCourseIds(course, input.course.text, courseSink);
  messages.push(...courseSink.messages);

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

function dedupe(messages: ContentMessage[]): ContentMessage[] {
  const seen = new Set<string>();
  return messages.filter((m) => {
    const key = formatMessage(m);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
