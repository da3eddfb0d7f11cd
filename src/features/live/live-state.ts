import type { LiveSnapshot, MyAnswer, PollView, RoomCounts } from './live-types.ts';

export type Connection = 'connecting' | 'open' | 'reconnecting' | 'ended' | 'refused';

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
}

export type LiveAction =
  | { type: 'reset' }
  | { type: 'open' }
  | { type: 'error'; closed: boolean }
  | { type: 'state'; snapshot: LiveSnapshot }
  | { type: 'slide'; slideId: string }
  | { type: 'poll'; poll: PollView }
  | { type: 'stats'; counts: RoomCounts }
  | { type: 'ended' }
  | { type: 'answered'; pollId: string; answer: MyAnswer };

export const initialLiveState: LiveState = { connection: 'connecting', ready: false, slideId: null, poll: null, counts: null, myAnswer: null };

export function liveReducer(state: LiveState, action: LiveAction): LiveState {
  if (action.type === 'reset') return initialLiveState;
  if (state.connection === 'ended') return state;
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
      };
    case 'stats':
      return { ...state, counts: action.counts };
    case 'ended':
      return { ...state, connection: 'ended' };
    case 'answered':
      return state.poll?.id === action.pollId ? { ...state, myAnswer: { pollId: action.pollId, answer: action.answer } } : state;
  }
}
