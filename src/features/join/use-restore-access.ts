import { useCallback, useEffect, useState } from 'react';
import type { Enrollment } from '../../sync/enrollment.ts';
import { fetchServerProgress } from '../../sync/restore-progress.ts';
import { enrollHere, type Enrolled } from './enroll.ts';
import { fetchOwnProfile } from './join-api.ts';

export type RestoreState =
  | { status: 'working' }
  | { status: 'failed'; reason: 'broken' | 'refused' | 'offline' | 'storage' }
  | { status: 'done'; joined: Enrolled };

/**
 * Signs this browser in with a link from the manager: checks the token against the server,
 * then enrolls the browser with it and brings the learner's record back.
 */
export function useRestoreAccess(access: Enrollment | 'broken'): { state: RestoreState; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<RestoreState>(access === 'broken' ? { status: 'failed', reason: 'broken' } : { status: 'working' });

  useEffect(() => {
    if (access === 'broken') return;
    let current = true;
    void (async () => {
      const server = await fetchServerProgress(access.token);
      if (!current) return;
      if (server.kind !== 'ok') {
        setState({ status: 'failed', reason: server.kind === 'unauthorized' ? 'refused' : 'offline' });
        return;
      }
      if (server.learnerId !== access.learnerId) {
        setState({ status: 'failed', reason: 'broken' });
        return;
      }
      const profile = await fetchOwnProfile(access.token);
      const joined = await enrollHere(access, profile && { displayName: profile.displayName, employeeId: profile.employeeId, team: profile.team }, server);
      if (current) setState(joined === null ? { status: 'failed', reason: 'storage' } : { status: 'done', joined });
    })();
    return () => {
      current = false;
    };
  }, [access, attempt]);

  const retry = useCallback(() => {
    setState({ status: 'working' });
    setAttempt((n) => n + 1);
  }, []);
  return { state, retry };
}
