import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PresentationSync } from '../../ui/presentation-sync.tsx';
import { channelName, type BlockEntry } from './sync-messages.ts';
import { createDeckSync, type ChannelLike, type DeckSync } from './sync-session.ts';

export type ChannelFactory = (name: string) => ChannelLike | null;

/** Same-browser windows only, by design; where the API is missing the window simply runs alone. */
export const browserChannel: ChannelFactory = (name) =>
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(name);

export interface DeckSyncHandle {
  /** This window moved to `slideId`: the others follow. */
  announce: (slideId: string) => void;
  /** Whether the audience screen is blacked out (shared by all windows). */
  blackout: boolean;
  setBlackout: (on: boolean) => void;
  /** Block-state sync scoped to one slide, for `PresentationSyncProvider`. */
  blocksFor: (slideId: string) => PresentationSync;
  /** Flips a block's boolean state (the answer shown) here and in the other windows. */
  toggleBlock: (slideId: string, blockKey: string) => void;
}

type Listener = (state: unknown) => void;
const listenerKey = (slideId: string, blockKey: string) => `${slideId}\n${blockKey}`;

/**
 * Keeps this window in step with the chapter's other presentation windows: `announce` tells them
 * of a move made here, `onGoto` is called when another window moves. Moves are announced when
 * made, not when rendered, so a window catching up with several remote moves never echoes one.
 */
export function useDeckSync(
  chapterId: string,
  slideId: string,
  onGoto: (slideId: string) => void,
  openChannel: ChannelFactory = browserChannel,
): DeckSyncHandle {
  const session = useRef<DeckSync | null>(null);
  const listeners = useRef(new Map<string, Set<Listener>>());
  // What this window set itself, for a window that runs alone (no channel) and for toggles.
  const own = useRef(new Map<string, unknown>());
  const latest = useRef({ slideId, onGoto });
  const [blackout, setBlackoutState] = useState(false);

  useEffect(() => {
    latest.current = { slideId, onGoto };
  });

  useEffect(() => {
    const channel = openChannel(channelName(chapterId));
    if (!channel) return undefined;
    const onBlock = (entry: BlockEntry) => {
      for (const listener of listeners.current.get(listenerKey(entry.slideId, entry.blockKey)) ?? []) listener(entry.state);
    };
    const sync = createDeckSync(channel, {
      slideId: latest.current.slideId,
      onGoto: (id) => latest.current.onGoto(id),
      onBlock,
      onBlackout: setBlackoutState,
    });
    session.current = sync;
    return () => {
      sync.close();
      if (session.current === sync) session.current = null;
    };
  }, [chapterId, openChannel]);

  const announce = useCallback((id: string) => session.current?.goto(id), []);

  const setBlackout = useCallback((on: boolean) => {
    setBlackoutState(on);
    session.current?.setBlackout(on);
  }, []);

  const blocksFor = useCallback(
    (slide: string): PresentationSync => ({
      publish: (blockKey, state) => session.current?.publishBlock(slide, blockKey, state),
      subscribe: (blockKey, listener) => {
        const key = listenerKey(slide, blockKey);
        const set = listeners.current.get(key) ?? new Set<Listener>();
        set.add(listener);
        listeners.current.set(key, set);
        const known = session.current?.blockState(slide, blockKey) ?? (own.current.has(key) ? { state: own.current.get(key) } : undefined);
        if (known) listener(known.state);
        return () => {
          set.delete(listener);
        };
      },
    }),
    [],
  );

  const toggleBlock = useCallback((slide: string, blockKey: string) => {
    const key = listenerKey(slide, blockKey);
    const current = session.current?.blockState(slide, blockKey)?.state ?? own.current.get(key);
    const next = current !== true;
    own.current.set(key, next);
    session.current?.publishBlock(slide, blockKey, next);
    for (const listener of listeners.current.get(key) ?? []) listener(next);
  }, []);

  return useMemo(() => ({ announce, blackout, setBlackout, blocksFor, toggleBlock }), [announce, blackout, setBlackout, blocksFor, toggleBlock]);
}
