/**
 * How the windows of one presentation in one browser agree on the slide, the blackout and the
 * interactive blocks' state. Pure: a window's state goes in with an event, the next state, the
 * messages to post and the effects to apply come out. `sync-session.ts` binds it to a channel.
 *
 * Order: every move carries a sequence number one above the highest the window knows, and its
 * origin (the window that made it). A move wins over another if its number is higher, or equal
 * and its origin sorts later, so all windows settle on the same slide even after simultaneous moves.
 */

import { parseSyncMessage, type BlockEntry, type SyncMessage } from './sync-messages.ts';

export type SyncEffect =
  | { kind: 'goto'; slideId: string }
  | { kind: 'block'; entry: BlockEntry }
  | { kind: 'blackout'; on: boolean };

export interface DeckState {
  /** This window's id. */
  self: string;
  slideId: string;
  seq: number;
  origin: string;
  /** False until this window has moved or heard from another: the first `state` answer is taken as it is. */
  settled: boolean;
  blackout: boolean;
  blocks: Record<string, BlockEntry>;
}

export interface SyncStep {
  state: DeckState;
  send: SyncMessage[];
  effects: SyncEffect[];
}

export function createDeckState(self: string, slideId: string): DeckState {
  return { self, slideId, seq: 0, origin: self, settled: false, blackout: false, blocks: {} };
}

/** What a window says when it opens; the others answer with their state. */
export function helloMessage(state: DeckState): SyncMessage {
  return { type: 'hello', sender: state.self };
}

function blockId(slideId: string, blockKey: string): string {
  return `${slideId}\n${blockKey}`;
}

export function blockStateOf(state: DeckState, slideId: string, blockKey: string): BlockEntry | undefined {
  return state.blocks[blockId(slideId, blockKey)];
}

const unchanged = (state: DeckState): SyncStep => ({ state, send: [], effects: [] });

/** This window moved to `slideId` (by key, click, swipe or address). */
export function moveTo(state: DeckState, slideId: string): SyncStep {
  if (slideId === state.slideId) return unchanged(state);
  const seq = state.seq + 1;
  return {
    state: { ...state, slideId, seq, origin: state.self, settled: true },
    send: [{ type: 'goto', sender: state.self, slideId, seq }],
    effects: [],
  };
}

export function publishBlock(state: DeckState, slideId: string, blockKey: string, value: unknown): SyncStep {
  const entry: BlockEntry = { slideId, blockKey, state: value };
  return {
    state: { ...state, blocks: { ...state.blocks, [blockId(slideId, blockKey)]: entry } },
    send: [{ type: 'block', sender: state.self, slideId, blockKey, state: value }],
    effects: [],
  };
}

export function setBlackout(state: DeckState, on: boolean): SyncStep {
  if (on === state.blackout) return unchanged(state);
  return { state: { ...state, blackout: on }, send: [{ type: 'blackout', sender: state.self, on }], effects: [] };
}

function isNewer(seq: number, origin: string, state: DeckState): boolean {
  return seq > state.seq || (seq === state.seq && origin > state.origin);
}

function adoptPosition(state: DeckState, slideId: string, seq: number, origin: string): SyncStep {
  const effects: SyncEffect[] = slideId === state.slideId ? [] : [{ kind: 'goto', slideId }];
  return { state: { ...state, slideId, seq, origin, settled: true }, send: [], effects };
}

function stateMessage(state: DeckState): SyncMessage {
  const { self, slideId, seq, origin, blackout } = state;
  return { type: 'state', sender: self, slideId, seq, origin, blackout, blocks: Object.values(state.blocks) };
}

function joinFrom(state: DeckState, message: Extract<SyncMessage, { type: 'state' }>): SyncStep {
  const joining = !state.settled;
  if (!joining && !isNewer(message.seq, message.origin, state)) return unchanged(state);
  const step = adoptPosition(state, message.slideId, message.seq, message.origin);
  const blocks = { ...step.state.blocks };
  for (const entry of message.blocks) {
    const id = blockId(entry.slideId, entry.blockKey);
    if (blocks[id]) continue;
    blocks[id] = entry;
    step.effects.push({ kind: 'block', entry });
  }
  const blackout = joining ? message.blackout : state.blackout;
  if (blackout !== state.blackout) step.effects.push({ kind: 'blackout', on: blackout });
  return { ...step, state: { ...step.state, blocks, blackout } };
}

/** Handles whatever arrived on the channel: own and malformed messages and stale moves change nothing. */
export function receive(state: DeckState, data: unknown): SyncStep {
  const message = parseSyncMessage(data);
  if (!message || message.sender === state.self) return unchanged(state);
  switch (message.type) {
    case 'hello':
      return { state, send: [stateMessage(state)], effects: [] };
    case 'goto':
      return isNewer(message.seq, message.sender, state)
        ? adoptPosition(state, message.slideId, message.seq, message.sender)
        : unchanged(state);
    case 'state':
      return joinFrom(state, message);
    case 'block': {
      const entry: BlockEntry = { slideId: message.slideId, blockKey: message.blockKey, state: message.state };
      const blocks = { ...state.blocks, [blockId(entry.slideId, entry.blockKey)]: entry };
      return { state: { ...state, blocks }, send: [], effects: [{ kind: 'block', entry }] };
    }
    case 'blackout':
      return message.on === state.blackout
        ? unchanged(state)
        : { state: { ...state, blackout: message.on }, send: [], effects: [{ kind: 'blackout', on: message.on }] };
  }
}
