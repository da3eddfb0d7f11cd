import { LessonPage } from '../features/lesson/lesson-page.tsx';
import { InteractiveBlocks } from './interactive-blocks.tsx';

/** The lesson with the interactive block components wired in. */
export function LessonRoute() {
  return (
    <InteractiveBlocks>
      <LessonPage />
    </InteractiveBlocks>
  );
}
