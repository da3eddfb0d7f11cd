import { PresenterPage } from '../features/present/presenter-page.tsx';
import { InteractiveBlocks } from './interactive-blocks.tsx';
import { LivePanelSlot } from './live-slots.tsx';

/** The presenter view with the interactive block components wired in. */
export function PresenterRoute() {
  return (
    <InteractiveBlocks>
      <PresenterPage livePanel={LivePanelSlot} />
    </InteractiveBlocks>
  );
}
