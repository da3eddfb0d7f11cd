/** The checks that look at more than one file: course.yaml against the files, and every translation against its original. */

import type { CompiledBank, CompiledFile } from './course-files.ts';
import type { ChapterCompileResult } from './chapter.ts';
import { collectQuizzes } from './content-rules.ts';
import { FACE_BUDGET, medianFaceAmount } from './face-budget.ts';
import { MessageSink, type ContentMessage, type Place } from './messages.ts';
import type { CourseConfig } from './schemas.ts';
import { answerKey } from './test-bank.ts';
import { DEFAULT_LOCALE, LOCALES, slideBlocks, type Chapter, type Locale } from './types.ts';

export function checkCourseIds(course: CourseConfig, text: string, sink: MessageSink): void {
  const seen = new Set<string>();
  for (const chapter of course.chapters) {
    if (seen.has(chapter.id)) {
      const line = text.split('\n').findIndex((l) => new RegExp(`id:\\s*${chapter.id}\\s*$`).test(l)) + 1;
      sink.error('course-duplicate-chapter', `chapter "${chapter.id}" is listed twice`, { line: Math.max(line, 1), column: 1 });
    }
    seen.add(chapter.id);
  }
}

export function checkPlacement(course: CourseConfig, result: ChapterCompileResult, fileId: string, number: number, sink: MessageSink): void {
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

export function crossFileChecks(files: CompiledFile[], banks: CompiledBank[]): ContentMessage[] {
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
export function checkFaceMedians(files: CompiledFile[], coursePath: string): ContentMessage[] {
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
