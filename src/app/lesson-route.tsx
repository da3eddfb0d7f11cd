import type { Chapter } from '../content/types.ts';
import { LessonPage } from '../features/lesson/lesson-page.tsx';
import { ChapterTest } from '../features/quiz/chapter-test.tsx';
import { InteractiveBlocks } from './interactive-blocks.tsx';

/** What follows a chapter's last slide. */
const chapterEnd = (chapter: Chapter) => <ChapterTest chapter={chapter} />;

/** The lesson with the interactive block components and the chapter test wired in. */
export function LessonRoute() {
  return (
    <InteractiveBlocks>
      <LessonPage chapterEnd={chapterEnd} />
    </InteractiveBlocks>
  );
}
