import { LivePage } from '../features/live/live-page.tsx';
import { InteractiveBlocks } from './interactive-blocks.tsx';
import { LanguageSwitch } from './language-switch.tsx';

/** A trainee's phone in a live session, with the interactive blocks and the language switch wired in. */
export function LiveRoute() {
  return (
    <InteractiveBlocks>
      <LivePage toolbar={<LanguageSwitch />} />
    </InteractiveBlocks>
  );
}
