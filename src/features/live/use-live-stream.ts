import { useEffect, useReducer, type Dispatch } from 'react';
import { initialLiveState, liveReducer, type LiveAction, type LiveState } from './live-state.ts';

const EVENTS = ['state', 'slide', 'poll', 'stats', 'ended', 'removed'] as const;

function actionFor(event: (typeof EVENTS)[number], data: unknown, receivedAt: number): LiveAction | null {
  switch (event) {
    case 'state':
      return { type: 'state', snapshot: data as never, receivedAt };
    case 'slide':
      return typeof (data as { slideId?: unknown }).slideId === 'string' ? { type: 'slide', slideId: (data as { slideId: string }).slideId } : null;
    case 'poll':
      return { type: 'poll', poll: data as never, receivedAt };
    case 'stats':
      return { type: 'stats', counts: data as never };
    case 'ended':
      return { type: 'ended' };
    case 'removed':
      return { type: 'removed' };
  }
}

/**
 * Follows a room's Server-Sent Events at `url` (null: not yet). The browser reconnects a dropped
 * stream by itself and the server starts every connection with a full snapshot, so a phone that
 * slept or changed networks resumes at the current slide. A refused connection (the code expired,
 * the token is unknown) is not retried.
 */
export function useLiveStream(url: string | null): [LiveState, Dispatch<LiveAction>] {
  const [state, dispatch] = useReducer(liveReducer, initialLiveState);

  useEffect(() => {
    dispatch({ type: 'reset' });
    if (url === null || typeof EventSource === 'undefined') return undefined;
    const source = new EventSource(url);
    const listeners = EVENTS.map((event) => {
      const listener = (message: MessageEvent<string>) => {
        let data: unknown;
        try {
          data = JSON.parse(message.data);
        } catch {
          return;
        }
        const action = actionFor(event, data, Date.now());
        if (action) dispatch(action);
        if (event === 'ended' || event === 'removed') source.close();
      };
      source.addEventListener(event, listener as EventListener);
      return [event, listener] as const;
    });
    source.onopen = () => dispatch({ type: 'open' });
    source.onerror = () => dispatch({ type: 'error', closed: source.readyState === EventSource.CLOSED });
    return () => {
      for (const [event, listener] of listeners) source.removeEventListener(event, listener as EventListener);
      source.close();
    };
  }, [url]);

  return [state, dispatch];
}
