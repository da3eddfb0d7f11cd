import type { ReactNode } from 'react';
import { BlockRenderersProvider, type BlockRenderers } from '../ui/block-renderers.tsx';

/** Which feature component renders each interactive block type inside lessons and slides. */
const renderers: BlockRenderers = {};

export function InteractiveBlocks({ children }: { children: ReactNode }) {
  return <BlockRenderersProvider value={renderers}>{children}</BlockRenderersProvider>;
}
