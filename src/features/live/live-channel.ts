import { useEffect, useRef, useState } from 'react';
import type { PollView } from './live-types.ts';

/**
 * The presenter's panel and the projector window (slide mode, same browser) share what the
 * audience should see of the live session over a BroadcastChannel of their own: the join code
 * when the presenter shows it, and revealed poll results.
 */
export interface ProjectorState {
  code: string;
  joinUrl: string;
  showJoin: boolean;
  /** A revealed poll, or null. */
  poll: PollView | null;
}

type ChannelMessage = { type: 'hello' } | { type: 'show'; state: ProjectorState | null };

export function liveChannelName(chapterId: string): string {
  return `courseware:live:${chapterId}`;
}

function openChannel(chapterId: string): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(liveChannelName(chapterId));
}

function isMessage(data: unknown): data is ChannelMessage {
  const m = data as { type?: unknown } | null;
  return typeof m === 'object' && m !== null && (m.type === 'hello' || m.type === 'show');
}

/** The panel's side: tells the projector of every change and answers a projector that opens later. */
export function usePublishProjector(chapterId: string, state: ProjectorState | null): void {
  const channel = useRef<BroadcastChannel | null>(null);
  const latest = useRef(state);

  useEffect(() => {
    const opened = openChannel(chapterId);
    channel.current = opened;
    if (!opened) return undefined;
    const onMessage = (event: MessageEvent) => {
      if (isMessage(event.data) && event.data.type === 'hello') opened.postMessage({ type: 'show', state: latest.current } satisfies ChannelMessage);
    };
    opened.addEventListener('message', onMessage);
    return () => {
      opened.postMessage({ type: 'show', state: null } satisfies ChannelMessage);
      opened.removeEventListener('message', onMessage);
      opened.close();
      channel.current = null;
    };
  }, [chapterId]);

  useEffect(() => {
    latest.current = state;
    channel.current?.postMessage({ type: 'show', state } satisfies ChannelMessage);
  }, [state]);
}

/** The projector's side: what the panel last said, asked for once on opening. */
export function useProjectorState(chapterId: string): ProjectorState | null {
  const [state, setState] = useState<ProjectorState | null>(null);
  useEffect(() => {
    const channel = openChannel(chapterId);
    if (!channel) return undefined;
    const onMessage = (event: MessageEvent) => {
      if (isMessage(event.data) && event.data.type === 'show') setState(event.data.state);
    };
    channel.addEventListener('message', onMessage);
    channel.postMessage({ type: 'hello' } satisfies ChannelMessage);
    return () => {
      channel.removeEventListener('message', onMessage);
      channel.close();
    };
  }, [chapterId]);
  return state;
}
