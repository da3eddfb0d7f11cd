import { lazy, Suspense } from 'react';
import type { Chapter, Slide } from '../../content/types.ts';
import { useProjectorState } from './live-channel.ts';

const ProjectorView = lazy(() => import('./projector-view.tsx'));

/**
 * On the projector (slide mode, opened from the presenter view): the join code and QR code while
 * the presenter shows them, and a poll's results once revealed, over the poll's own slide. Only a
 * channel listener until there is something to show; the view loads then.
 */
export function LiveAudienceOverlay({ chapter, slide }: { chapter: Chapter; slide: Slide }) {
  const state = useProjectorState(chapter.id);
  if (state === null) return null;
  const pollHere = state.poll !== null && state.poll.slideId === slide.id;
  if (!state.showJoin && !pollHere) return null;
  return (
    <Suspense fallback={null}>
      <ProjectorView chapter={chapter} slide={slide} state={state} />
    </Suspense>
  );
}
