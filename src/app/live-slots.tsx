import { lazy, Suspense } from 'react';
import type { Chapter, Slide } from '../content/types.ts';

export { LiveAudienceOverlay } from '../features/live/audience-overlay.tsx';

// A live session needs the course server and a manager's sign-in: none in the LMS package.
const LivePanel =
  import.meta.env.MODE === 'scorm' ? null : lazy(async () => ({ default: (await import('../features/live/live-panel.tsx')).LivePanel }));

/** The live-session panel for the presenter view, in its own chunk. */
export function LivePanelSlot(props: { chapter: Chapter; slide: Slide }) {
  if (LivePanel === null) return null;
  return (
    <Suspense fallback={null}>
      <LivePanel {...props} />
    </Suspense>
  );
}
