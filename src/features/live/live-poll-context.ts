import { createContext, useContext } from 'react';
import type { MyAnswer, PollAnswer, PollView } from './live-types.ts';

/** What a quiz block on a trainee's phone needs to act as a live poll. */
export interface LivePollValue {
  /** The slide the phone shows (a poll appears on its own slide only). */
  slideId: string;
  poll: PollView | null;
  myAnswer: MyAnswer | null;
  /** Sends (or changes) this participant's answer; rejects with a LiveApiError. */
  submit: (pollId: string, answer: PollAnswer) => Promise<void>;
}

export const LivePollContext = createContext<LivePollValue | null>(null);

export function useLivePoll(): LivePollValue | null {
  return useContext(LivePollContext);
}
