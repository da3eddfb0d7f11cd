import type { ChapterCompileResult } from './chapter.ts';
import type { MessageSink } from './messages.ts';
import { hastText } from './layout/face-layout.ts';
import { checkChapterTypography } from './typography-rules.ts';
import { slideBlocks, type Block, type QuizBlock } from './types.ts';

/** Minimums every course chapter meets, so no chapter ships thin or half-written. */
export const CHAPTER_RULES = {
  minSlides: 10,
  maxSlides: 16,
  minObjectives: 3,
  maxObjectives: 5,
  minQuizzes: 5,
  minQuizKinds: 3,
} as const;

const PLACEHOLDER = /\b(TODO|TBD|FIXME|lorem ipsum|placeholder|coming soon)\b|待补充|待完善|敬请期待|此处填写/i;

export function collectQuizzes(blocks: readonly Block[]): QuizBlock[] {
  return blocks.flatMap((b) => (b.type === 'quiz' ? [b] : b.type === 'callout' ? collectQuizzes(b.blocks) : []));
}

/** Checks a compiled chapter against the course minimums; reports at the frontmatter or the slide. */
export function checkChapterRules(result: ChapterCompileResult, source: string, sink: MessageSink): void {
  const { chapter } = result;
  if (!chapter) return;
  const r = CHAPTER_RULES;
  const top = { line: 1, column: 1 };
  if (chapter.slides.length < r.minSlides || chapter.slides.length > r.maxSlides) {
    sink.error('chapter-slide-count', `chapter has ${chapter.slides.length} slides; a chapter has ${r.minSlides} to ${r.maxSlides}`, top);
  }
  if (chapter.objectives.length < r.minObjectives || chapter.objectives.length > r.maxObjectives) {
    sink.error('chapter-objective-count', `chapter has ${chapter.objectives.length} objectives; a chapter has ${r.minObjectives} to ${r.maxObjectives}`, top);
  }
  for (const slide of chapter.slides) {
    if (!slide.notes) sink.error('slide-missing-notes', `slide "${slide.id}" has no :::notes for the presenter`, result.slidePlaces.get(slide.id));
  }
  const quizzes = chapter.slides.flatMap((s) => collectQuizzes(slideBlocks(s)));
  if (quizzes.length < r.minQuizzes) sink.error('chapter-too-few-quizzes', `chapter has ${quizzes.length} quiz questions; it needs at least ${r.minQuizzes}`, top);
  const kinds = new Set(quizzes.map((q) => q.kind));
  if (kinds.size < r.minQuizKinds) {
    sink.error('chapter-too-few-quiz-types', `chapter uses ${kinds.size} question types (${[...kinds].join(', ')}); it needs at least ${r.minQuizKinds}`, top);
  }
  const assessed = new Set(quizzes.map((q) => q.objective).filter(Boolean));
  for (const objective of chapter.objectives) {
    if (!assessed.has(objective.id)) sink.error('objective-not-assessed', `objective "${objective.id}" is not assessed by any quiz (add objective=${objective.id} to one)`, top);
  }
  if (chapter.locale === 'zh-CN') checkChapterTypography(source, sink);
  checkNoteTimings(result, sink);
  checkPlaceholders(source, sink);
}

/** Text left for later ("TODO", "待补充") never ships. */
export function checkPlaceholders(source: string, sink: MessageSink): void {
  source.split('\n').forEach((text, index) => {
    const match = PLACEHOLDER.exec(text);
    if (match) sink.error('placeholder-text', `placeholder text "${match[0]}" must be replaced with real content`, { line: index + 1, column: match.index + 1 });
  });
}

/** A slide's planned minutes in its notes: "**时间**：约 5 分钟" or "**Time:** about 5 minutes". */
const NOTE_TIME = /(?:时间\s*[：:]\s*约?\s*(\d+)\s*分钟|Time:?\s*about\s+(\d+)\s+min)/i;

/** The minutes the notes plan, slide by slide, add up to the chapter's duration. */
export function checkNoteTimings(result: ChapterCompileResult, sink: MessageSink): void {
  const { chapter } = result;
  if (!chapter) return;
  let total = 0;
  for (const slide of chapter.slides) {
    const match = slide.notes ? NOTE_TIME.exec(hastText(slide.notes.children)) : null;
    if (!match) {
      if (slide.notes) sink.error('notes-missing-time', `the notes of slide "${slide.id}" give no time (**时间**：约 N 分钟 / **Time:** about N minutes)`, result.slidePlaces.get(slide.id));
      continue;
    }
    total += Number(match[1] ?? match[2]);
  }
  if (total !== chapter.duration) {
    sink.error('notes-time-total', `the slide times in the notes add up to ${total} minutes, but the chapter's duration is ${chapter.duration}`, { line: 1, column: 1 });
  }
}
