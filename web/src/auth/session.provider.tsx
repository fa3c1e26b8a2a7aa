import { useApolloClient } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';

import { signOutMutation } from './auth.documents';
import { SessionContext, type SessionContextValue, type SessionStatus } from './session.context';
import { onSessionEnded } from './session-events';
import { refreshSession } from './session-refresh';
import { clearTokens, type SessionTokens, storedRefreshToken, storeTokens } from './token-store';

interface SessionProviderProps {
  children: ReactNode;
}

function initialStatus(): SessionStatus {
  return storedRefreshToken() ? 'restoring' : 'signed-out';
}

/** Owns the session's lifecycle: restore on reload, sign-in, sign-out and unexpected ends. */
export function SessionProvider({ children }: SessionProviderProps) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [status, setStatus] = useState<SessionStatus>(initialStatus);
  const [returnAfterSignIn, setReturnAfterSignIn] = useState(true);
  const statusRef = useRef(status);

  useEffect(() => {
    statusRef.current = status;
  }, [status]);

  // A reload keeps only the refresh token; exchange it for a fresh pair before showing pages.
  useEffect(() => {
    if (status !== 'restoring') return;

    let cancelled = false;
    refreshSession().then((outcome) => {
      if (cancelled) return;
      if (outcome === 'refreshed') setStatus('signed-in');
      else setStatus(outcome === 'ended' ? 'signed-out' : 'unreachable');
    });

    return () => {
      cancelled = true;
    };
  }, [status]);

  // The server refused the refresh token: the session expired or was revoked elsewhere.
  useEffect(
    () =>
      onSessionEnded(() => {
        if (statusRef.current === 'signed-in') {
          notifications.show({
            color: 'yellow',
            title: 'Your session has ended',
            message: 'Sign in again to continue.',
          });
        }

        setStatus('signed-out');
        void client.clearStore();
      }),
    [client],
  );

  const startSession = useCallback(
    async (tokens: SessionTokens) => {
      await client.clearStore();
      storeTokens(tokens);
      setReturnAfterSignIn(true);
      setStatus('signed-in');
    },
    [client],
  );

  const signOut = useCallback(async () => {
    try {
      await client.mutate({ mutation: signOutMutation });
    } catch {
      // The session may already be over on the server; signing out here must still happen.
    }

    clearTokens();
    navigate('/sign-in', { replace: true });
    setReturnAfterSignIn(false);
    setStatus('signed-out');
    await client.clearStore();
  }, [client, navigate]);

  const retryRestore = useCallback(() => setStatus(initialStatus()), []);

  const value = useMemo<SessionContextValue>(
    () => ({ status, returnAfterSignIn, startSession, signOut, retryRestore }),
    [status, returnAfterSignIn, startSession, signOut, retryRestore],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
