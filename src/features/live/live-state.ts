import type { LiveSnapshot, MyAnswer, PollView, RoomCounts } from './live-types.ts';

/** `removed`: the presenter took this participant out of the session. */
export type Connection = 'connecting' | 'open' | 'reconnecting' | 'ended' | 'refused' | 'removed';

/** What a client knows of its room, built from the event stream. */
export interface LiveState {
  connection: Connection;
  /** False until the first snapshot arrived. */
  ready: boolean;
  slideId: string | null;
  poll: PollView | null;
  /** The presenter's stream only. */
  counts: RoomCounts | null;
  /** This participant's answer to `poll`, as the server holds it. */
  myAnswer: { pollId: string; answer: MyAnswer } | null;
  /** When the open poll's countdown ends, on this device's clock (epoch milliseconds); null without one. */
  pollDeadline: number | null;
  /** This participant waits for the presenter to let them in (sessions that ask for approval). */
  waiting: boolean;
}

export type LiveAction =
  | { type: 'reset' }
  | { type: 'open' }
  | { type: 'error'; closed: boolean }
  | { type: 'state'; snapshot: LiveSnapshot; receivedAt: number }
  | { type: 'slide'; slideId: string }
  | { type: 'poll'; poll: PollView; receivedAt: number }
  | { type: 'stats'; counts: RoomCounts }
  | { type: 'ended' }
  | { type: 'removed' }
  | { type: 'answered'; pollId: string; answer: MyAnswer };

export const initialLiveState: LiveState = { connection: 'connecting', ready: false, slideId: null, poll: null, counts: null, myAnswer: null, pollDeadline: null, waiting: false };

/** The server says how long a countdown had left when it sent the poll; the deadline counts from when it arrived. */
function deadlineOf(poll: PollView | null, receivedAt: number): number | null {
  return poll !== null && poll.status === 'open' && typeof poll.remainingMs === 'number' ? receivedAt + poll.remainingMs : null;
}

export function liveReducer(state: LiveState, action: LiveAction): LiveState {
  if (action.type === 'reset') return initialLiveState;
  if (state.connection === 'ended' || state.connection === 'removed') return state;
  switch (action.type) {
    case 'open':
      return { ...state, connection: 'open' };
    case 'error':
      return { ...state, connection: action.closed ? 'refused' : 'reconnecting' };
    case 'state': {
      const { snapshot } = action;
      const answer = snapshot.you?.answer ?? null;
      return {
        connection: snapshot.status === 'ended' ? 'ended' : 'open',
        ready: true,
        slideId: snapshot.slideId,
        poll: snapshot.poll,
        counts: snapshot.counts ?? null,
        myAnswer: snapshot.poll && answer ? { pollId: snapshot.poll.id, answer } : null,
        pollDeadline: deadlineOf(snapshot.poll, action.receivedAt),
        waiting: snapshot.you?.waiting === true,
      };
    }
    case 'slide':
      return { ...state, slideId: action.slideId };
    case 'poll':
      return {
        ...state,
        poll: action.poll,
        myAnswer: state.myAnswer?.pollId === action.poll.id ? state.myAnswer : null,
        counts: state.counts ? { ...state.counts, answers: action.poll.answerCount } : null,
        pollDeadline: deadlineOf(action.poll, action.receivedAt),
      };
    case 'stats':
      return { ...state, counts: action.counts };
    case 'ended':
      return { ...state, connection: 'ended' };
    case 'removed':
      return { ...state, connection: 'removed' };
    case 'answered':
      return state.poll?.id === action.pollId ? { ...state, myAnswer: { pollId: action.pollId, answer: action.answer } } : state;
  }
}
