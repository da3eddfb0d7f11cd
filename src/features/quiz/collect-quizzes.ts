import { slideBlocks, type Block, type Chapter, type QuizBlock } from '../../content/types.ts';

/** Every quiz of the chapter in reading order, including those inside callouts. */
export function collectChapterQuizzes(chapter: Chapter): QuizBlock[] {
  return chapter.slides.flatMap((slide) => collect(slideBlocks(slide)));
}

function collect(blocks: readonly Block[]): QuizBlock[] {
  return blocks.flatMap((block) => {
    if (block.type === 'quiz') return [block];
    return block.type === 'callout' ? collect(block.blocks) : [];
  });
}
