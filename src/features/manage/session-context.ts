import { createContext, useContext } from 'react';
import type { Manager } from './types.ts';

/** The signed-in manager, for everything inside the dashboard. */
export interface Session {
  manager: Manager;
  signOut: () => void;
  /** A call was refused with 401: the session ended on the server, so back to the sign-in form. */
  expire: () => void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) throw new Error('useSession outside the signed-in dashboard');
  return session;
}
