import { lazy, Suspense } from 'react';
import type { Chapter, Slide } from '../content/types.ts';

export { LiveAudienceOverlay } from '../features/live/audience-overlay.tsx';

const LivePanel = lazy(async () => ({ default: (await import('../features/live/live-panel.tsx')).LivePanel }));

/** The live-session panel for the presenter view, in its own chunk. */
export function LivePanelSlot(props: { chapter: Chapter; slide: Slide }) {
  return (
    <Suspense fallback={null}>
      <LivePanel {...props} />
    </Suspense>
  );
}
