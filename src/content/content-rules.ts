import type { ChapterCompileResult } from './chapter.ts';
import type { MessageSink } from './messages.ts';
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
  source.split('\n').forEach((text, index) => {
    const match = PLACEHOLDER.exec(text);
    if (match) sink.error('placeholder-text', `placeholder text "${match[0]}" must be replaced with real content`, { line: index + 1, column: match.index + 1 });
  });
}
