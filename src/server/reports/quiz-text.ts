import { toString } from 'hast-util-to-string';
import { chapterKey, LOCALES, slideBlocks, type Chapter, type HastRoot, type Locale, type LocalizedText, type QuizBlock } from '../../content/types.ts';

/** A question's words in every language: what reports and exports show instead of ids and letters. */
export interface QuizText {
  prompt: LocalizedText;
  /** Option (single, multiple) or item (order) id → its text. */
  options: ReadonlyMap<string, LocalizedText>;
}

/** One chapter's questions (test bank and slide quizzes) and objectives, by id. */
export interface ChapterText {
  quizzes: ReadonlyMap<string, QuizText>;
  objectives: ReadonlyMap<string, LocalizedText>;
}

const plain = (root: HastRoot) => toString(root).replace(/\s+/g, ' ').trim();

function quizzesOf(chapter: Chapter): QuizBlock[] {
  const onSlides = chapter.slides.flatMap((slide) => slideBlocks(slide).filter((block): block is QuizBlock => block.type === 'quiz'));
  return [...chapter.test, ...onSlides];
}

/** Fills a missing translation with the text of a language that has one. */
function complete(parts: Partial<Record<Locale, string>>): LocalizedText {
  const fallback = LOCALES.map((locale) => parts[locale]).find((text) => text !== undefined) ?? '';
  return Object.fromEntries(LOCALES.map((locale) => [locale, parts[locale] ?? fallback])) as LocalizedText;
}

/** The texts of one chapter, from its compiled files in every locale. */
export function chapterText(chapters: ReadonlyMap<string, Chapter>, chapterId: string): ChapterText {
  const prompts = new Map<string, Partial<Record<Locale, string>>>();
  const options = new Map<string, Map<string, Partial<Record<Locale, string>>>>();
  const objectives = new Map<string, Partial<Record<Locale, string>>>();
  const put = (map: Map<string, Partial<Record<Locale, string>>>, id: string, locale: Locale, text: string) =>
    map.set(id, { ...map.get(id), [locale]: text });
  for (const locale of LOCALES) {
    const chapter = chapters.get(chapterKey(locale, chapterId));
    if (chapter === undefined) continue;
    for (const objective of chapter.objectives) put(objectives, objective.id, locale, objective.text);
    for (const quiz of quizzesOf(chapter)) {
      put(prompts, quiz.id, locale, plain(quiz.prompt));
      const quizOptions = options.get(quiz.id) ?? new Map<string, Partial<Record<Locale, string>>>();
      options.set(quiz.id, quizOptions);
      const parts = quiz.kind === 'single' || quiz.kind === 'multiple' ? quiz.options : quiz.kind === 'order' ? quiz.items : [];
      for (const part of parts) put(quizOptions, part.id, locale, plain(part.content));
    }
  }
  return {
    quizzes: new Map(
      [...prompts].map(([id, prompt]) => [
        id,
        { prompt: complete(prompt), options: new Map([...(options.get(id) ?? [])].map(([optionId, text]) => [optionId, complete(text)])) },
      ]),
    ),
    objectives: new Map([...objectives].map(([id, text]) => [id, complete(text)])),
  };
}
