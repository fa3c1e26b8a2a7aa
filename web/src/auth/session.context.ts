import { createContext, useContext } from 'react';

import type { SessionTokens } from './token-store';

/** `unreachable`: a stored session could not be restored because the server did not answer. */
export type SessionStatus = 'restoring' | 'unreachable' | 'signed-in' | 'signed-out';

export interface SessionContextValue {
  status: SessionStatus;
  /** False after the user signed out, so the next sign-in starts afresh instead of returning. */
  returnAfterSignIn: boolean;
  /** Starts a session from the tokens of a successful sign-in. */
  startSession: (tokens: SessionTokens) => Promise<void>;
  /** Ends the session on the server and forgets everything the previous user loaded. */
  signOut: () => Promise<void>;
  /** Tries again to restore a stored session after the server was unreachable. */
  retryRestore: () => void;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside SessionProvider');

  return session;
}
