import { render } from '@testing-library/react';
import type { Root, RootContent } from 'hast';
import { createHashRouter, createMemoryRouter, RouterProvider, type RouteObject } from 'react-router-dom';
import { vi } from 'vitest';
import loaders from 'virtual:courseware/chapters';
import type { Chapter } from '../../src/content/types.ts';
import { MemoryChannelNetwork } from '../../src/features/present/memory-channel.ts';
import { PresentPage } from '../../src/features/present/present-page.tsx';
import { PresenterPage } from '../../src/features/present/presenter-page.tsx';
import { BlockRenderersProvider, type BlockRenderers } from '../../src/ui/block-renderers.tsx';
import { usePresentationSync } from '../../src/ui/presentation-sync.tsx';

export async function loadChapter(id: string): Promise<Chapter> {
  return (await loaders[`zh-CN/${id}`]!()).default;
}

/** The first sentence-sized text in a hast tree (to find rendered notes by their words). */
export function firstText(tree: Root | RootContent): string {
  if (tree.type === 'text' && tree.value.trim().length >= 6) return tree.value.trim();
  if ('children' in tree) {
    for (const child of tree.children) {
      const found = firstText(child);
      if (found) return found;
    }
  }
  return '';
}

/** A calculator stand-in with a text field, which also reports whether presentation sync reached it. */
function TestCalculator() {
  const sync = usePresentationSync();
  return <input aria-label="计算器输入" data-synced={sync ? 'yes' : 'no'} />;
}

const renderers: BlockRenderers = { calculator: TestCalculator };

const deckRoutes: RouteObject[] = [
  { path: '/present/:chapterId/:slideId?', element: <PresentPage /> },
  { path: '/presenter/:chapterId/:slideId?', element: <PresenterPage /> },
  { path: '/learn/:chapterId/:slideId?', element: <p>lesson</p> },
];

/**
 * Slide mode and the presenter view at `path`, with a lesson stub to leave to. `hash` routes in
 * the address's hash, as the SCORM package does (it sets the address of the test's window).
 */
export function renderDeck(path: string, { blocks = renderers, hash = false }: { blocks?: BlockRenderers; hash?: boolean } = {}) {
  if (hash) window.history.replaceState(null, '', `/#${path}`);
  const router = hash ? createHashRouter(deckRoutes) : createMemoryRouter(deckRoutes, { initialEntries: [path] });
  const view = render(
    <BlockRenderersProvider value={blocks}>
      <RouterProvider router={router} />
    </BlockRenderersProvider>,
  );
  return { ...view, router };
}

/** Replaces `BroadcastChannel` with an in-memory network shared by everything rendered in the test. */
export function stubBroadcastChannel(): MemoryChannelNetwork {
  const network = new MemoryChannelNetwork();
  // Called with `new`; returning an object from a constructor function makes that the instance.
  vi.stubGlobal('BroadcastChannel', function BroadcastChannel(name: string) {
    return network.open(name);
  });
  return network;
}
