import { PresentPage } from '../features/present/present-page.tsx';
import { InteractiveBlocks } from './interactive-blocks.tsx';
import { LiveAudienceOverlay } from './live-slots.tsx';

/** Slide mode with the interactive block components wired in, so quizzes and calculators work on slides. */
export function PresentRoute() {
  return (
    <InteractiveBlocks>
      <PresentPage audienceOverlay={LiveAudienceOverlay} />
    </InteractiveBlocks>
  );
}
