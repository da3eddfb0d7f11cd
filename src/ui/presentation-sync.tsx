import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useRef, useState } from 'react';

/**
 * Mirrors an interactive block's state between the windows of one presentation (the projector
 * and the presenter's laptop). Provided around the current slide in slide mode and in the
 * presenter view; `usePresentationSync()` returns null everywhere else (lessons, thumbnails).
 *
 * `blockKey` names the block within its slide (a quiz id, or e.g. `calculator-<kind>`).
 * `state` must survive `structuredClone` (plain data). A block publishes after each change the
 * learner makes and applies what its listener receives; listeners never hear their own window's
 * publications. `subscribe` first replays the latest state known for that block, if any (a
 * window that opened late catches up), and returns the function that unsubscribes.
 */
export interface PresentationSync {
  publish: (blockKey: string, state: unknown) => void;
  subscribe: (blockKey: string, listener: (state: unknown) => void) => () => void;
}

/** The block key under which a slide's face quiz keeps whether its answer is shown. */
export const ANSWER_KEY = 'answer';

const PresentationSyncContext = createContext<PresentationSync | null>(null);

export const PresentationSyncProvider = PresentationSyncContext.Provider;

export function usePresentationSync(): PresentationSync | null {
  return useContext(PresentationSyncContext);
}

/**
 * A block's state that, during a presentation, every window shows alike; elsewhere plain
 * `useState`. The setter is for the learner's own changes and publishes them; state received
 * from another window is applied without being published again, so no two windows echo each
 * other. Received state passes `accept` first: another window may run another version of the app.
 */
export function usePresentedState<T>(
  blockKey: string,
  initial: () => T,
  accept: (state: unknown) => state is T,
): [T, (next: T) => void] {
  const sync = usePresentationSync();
  const [state, setState] = useState(initial);
  const latestAccept = useRef(accept);
  useLayoutEffect(() => {
    latestAccept.current = accept;
  });

  useEffect(() => {
    if (!sync) return undefined;
    return sync.subscribe(blockKey, (received) => {
      if (latestAccept.current(received)) setState(received);
    });
  }, [sync, blockKey]);

  const change = useCallback(
    (next: T) => {
      setState(next);
      sync?.publish(blockKey, next);
    },
    [sync, blockKey],
  );
  return [state, change];
}
