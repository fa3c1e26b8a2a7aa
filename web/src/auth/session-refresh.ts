import { type GraphQLFormattedError, print } from 'graphql';

import { GRAPHQL_PATH } from '../common/graphql-endpoint';
import { errorCodeOfResponse } from '../common/graphql-errors';
import type { RefreshSessionMutation } from '../gql/graphql';
import { refreshSessionMutation } from './auth.documents';
import { announceSessionEnded } from './session-events';
import { clearTokens, storedRefreshToken, storeTokens } from './token-store';

/** `ended`: the server refused the token and the user must sign in; `unreachable`: try later. */
export type RefreshOutcome = 'refreshed' | 'ended' | 'unreachable';

interface RefreshResponse {
  data?: RefreshSessionMutation | null;
  errors?: readonly GraphQLFormattedError[];
}

let refreshInFlight: Promise<RefreshOutcome> | null = null;

/**
 * Exchanges the stored refresh token for a new pair. Refresh tokens are single-use and the
 * server revokes a session whose old token comes back, so every caller that asks while an
 * exchange is running shares that one exchange instead of starting its own.
 */
export function refreshSession(): Promise<RefreshOutcome> {
  refreshInFlight ??= exchangeRefreshToken().finally(() => {
    refreshInFlight = null;
  });

  return refreshInFlight;
}

/** Forgets the tokens and tells the app, which sends the user to sign in. */
function endSession(): RefreshOutcome {
  clearTokens();
  announceSessionEnded();

  return 'ended';
}

async function postRefresh(refreshToken: string): Promise<RefreshResponse | null> {
  try {
    const response = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({
        operationName: 'RefreshSession',
        query: print(refreshSessionMutation),
        variables: { input: { refreshToken } },
      }),
    });

    return (await response.json()) as RefreshResponse;
  } catch {
    return null;
  }
}

async function exchangeRefreshToken(): Promise<RefreshOutcome> {
  const refreshToken = storedRefreshToken();
  if (!refreshToken) return endSession();

  const response = await postRefresh(refreshToken);
  const tokens = response?.data?.refreshSession;
  if (tokens) {
    storeTokens(tokens);

    return 'refreshed';
  }

  const code = errorCodeOfResponse(response?.errors ?? []);
  if (code === 'UNAUTHENTICATED' || code === 'BAD_USER_INPUT') return endSession();

  return 'unreachable';
}
