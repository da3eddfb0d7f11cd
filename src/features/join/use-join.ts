import { useState } from 'react';
import { enrollHere, type Enrolled } from './enroll.ts';
import { requestJoin, type JoinFailure } from './join-api.ts';
import type { JoinRequest } from '../../protocol/learners.ts';

export type JoinState = { status: 'idle' } | { status: 'joining' } | { status: 'failed'; failure: JoinFailure };

/** Sends the join form and, once the server has said yes, enrolls this browser. */
export function useJoin(onJoined: (joined: Enrolled) => void): { state: JoinState; join: (request: JoinRequest) => Promise<void> } {
  const [state, setState] = useState<JoinState>({ status: 'idle' });
  const join = async (request: JoinRequest) => {
    setState({ status: 'joining' });
    const answer = await requestJoin(request);
    if (!answer.ok) {
      setState({ status: 'failed', failure: answer.failure });
      return;
    }
    const { displayName, employeeId, team } = request;
    const joined = await enrollHere(answer.enrollment, { displayName, employeeId, team });
    if (joined === null) {
      setState({ status: 'failed', failure: 'storage' });
      return;
    }
    setState({ status: 'idle' });
    onJoined(joined);
  };
  return { state, join };
}
