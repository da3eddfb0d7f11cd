import { useCallback, useEffect, useMemo, useState } from 'react';
import { signOut as endSession, whoAmI } from './manager-api.ts';
import type { Session } from './session-context.ts';
import type { Manager } from './types.ts';

/**
 * Remembers (without any secret) that this browser signed in, so a first visit does not ask the
 * server and get a 401 for it; the session itself is an HttpOnly cookie the page never sees.
 */
const HINT_KEY = 'courseware:manager-signed-in';

function hint(): boolean {
  try {
    return localStorage.getItem(HINT_KEY) !== null;
  } catch {
    return false;
  }
}

function setHint(on: boolean): void {
  try {
    if (on) localStorage.setItem(HINT_KEY, '1');
    else localStorage.removeItem(HINT_KEY);
  } catch {
    // Without storage the next visit simply shows the sign-in form.
  }
}

export type SessionState = { status: 'checking' } | { status: 'signed-out'; expired: boolean } | { status: 'signed-in'; session: Session };

/** Whether a manager is signed in, and the ways in and out. */
export function useManagerSession(): { state: SessionState; signedIn: (manager: Manager) => void } {
  const [manager, setManager] = useState<Manager | null>(null);
  const [phase, setPhase] = useState<'checking' | 'signed-out' | 'expired' | 'signed-in'>(() => (hint() ? 'checking' : 'signed-out'));

  useEffect(() => {
    if (phase !== 'checking') return;
    let current = true;
    void whoAmI().then((result) => {
      if (!current) return;
      if (result.ok) {
        setManager(result.data.manager);
        setPhase('signed-in');
      } else {
        if (result.error.status === 401) setHint(false);
        setPhase('signed-out');
      }
    });
    return () => {
      current = false;
    };
  }, [phase]);

  const signedIn = useCallback((next: Manager) => {
    setHint(true);
    setManager(next);
    setPhase('signed-in');
  }, []);

  const session = useMemo<Session | null>(() => {
    if (manager === null) return null;
    return {
      manager,
      signOut: () => {
        setHint(false);
        setPhase('signed-out');
        setManager(null);
        void endSession();
      },
      expire: () => {
        setHint(false);
        setPhase('expired');
        setManager(null);
      },
    };
  }, [manager]);

  const state: SessionState =
    phase === 'checking'
      ? { status: 'checking' }
      : phase === 'signed-in' && session !== null
        ? { status: 'signed-in', session }
        : { status: 'signed-out', expired: phase === 'expired' };
  return { state, signedIn };
}
