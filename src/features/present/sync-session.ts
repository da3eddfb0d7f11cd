import {
  blockStateOf,
  createDeckState,
  helloMessage,
  moveTo,
  publishBlock,
  receive,
  setBlackout,
  type DeckState,
  type SyncEffect,
  type SyncStep,
} from './sync-protocol.ts';
import type { BlockEntry } from './sync-messages.ts';

/** The part of `BroadcastChannel` a session uses, so tests can pass an in-memory stand-in. */
export interface ChannelLike {
  postMessage: (message: unknown) => void;
  addEventListener: (type: 'message', listener: (event: MessageEvent) => void) => void;
  removeEventListener: (type: 'message', listener: (event: MessageEvent) => void) => void;
  close: () => void;
}

export interface DeckSyncOptions {
  slideId: string;
  /** This window's id; a random one by default. */
  self?: string;
  /** Another window moved: show this slide. */
  onGoto: (slideId: string) => void;
  onBlock?: (entry: BlockEntry) => void;
  onBlackout?: (on: boolean) => void;
}

export interface DeckSync {
  readonly state: DeckState;
  goto: (slideId: string) => void;
  publishBlock: (slideId: string, blockKey: string, value: unknown) => void;
  setBlackout: (on: boolean) => void;
  blockState: (slideId: string, blockKey: string) => BlockEntry | undefined;
  close: () => void;
}

function randomId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : Math.random().toString(36).slice(2);
}

/** Joins the presentation on `channel`: says hello, then keeps this window and the others in step. */
export function createDeckSync(channel: ChannelLike, options: DeckSyncOptions): DeckSync {
  let state = createDeckState(options.self ?? randomId(), options.slideId);
  let closed = false;

  const apply = (effect: SyncEffect) => {
    if (effect.kind === 'goto') options.onGoto(effect.slideId);
    else if (effect.kind === 'block') options.onBlock?.(effect.entry);
    else options.onBlackout?.(effect.on);
  };
  const run = (step: SyncStep) => {
    state = step.state;
    if (closed) return;
    for (const message of step.send) channel.postMessage(message);
    for (const effect of step.effects) apply(effect);
  };
  const onMessage = (event: MessageEvent) => run(receive(state, event.data));

  channel.addEventListener('message', onMessage);
  channel.postMessage(helloMessage(state));

  return {
    get state() {
      return state;
    },
    goto: (slideId) => run(moveTo(state, slideId)),
    publishBlock: (slideId, blockKey, value) => run(publishBlock(state, slideId, blockKey, value)),
    setBlackout: (on) => run(setBlackout(state, on)),
    blockState: (slideId, blockKey) => blockStateOf(state, slideId, blockKey),
    close: () => {
      if (closed) return;
      closed = true;
      channel.removeEventListener('message', onMessage);
      channel.close();
    },
  };
}
