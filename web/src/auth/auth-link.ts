import { ApolloLink } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { from, type Observable, of, switchMap, throwError } from 'rxjs';

import { hasErrorCode } from '../common/graphql-errors';
import { type RefreshOutcome, refreshSession } from './session-refresh';
import { accessTokenNeedsRefresh, currentAccessToken, storedRefreshToken } from './token-store';

declare module '@apollo/client' {
  interface DefaultContext {
    /** Set on an operation that is being retried after a refresh, so it is retried only once. */
    authRetried?: boolean;
  }
}

/** Operations that run without a session and must never trigger a refresh. */
const SESSIONLESS_OPERATIONS = new Set(['SignIn', 'RefreshSession']);

function needsSession(operation: Pick<ApolloLink.Operation, 'operationName'>): boolean {
  return !SESSIONLESS_OPERATIONS.has(operation.operationName ?? '');
}

function bearer(token: string | null): string | undefined {
  return token ? `Bearer ${token}` : undefined;
}

/** Adds the bearer token, refreshing it first when it is missing or about to expire. */
const bearerTokenLink = new SetContextLink(async (context, operation) => {
  if (!needsSession(operation)) return {};

  if (accessTokenNeedsRefresh() && storedRefreshToken()) await refreshSession();

  const authorization = bearer(currentAccessToken());

  return authorization ? { headers: { ...context.headers, authorization } } : {};
});

/** When the server no longer accepts the access token, refreshes once and retries the operation. */
const retryAfterRefreshLink = new ErrorLink(({ error, operation, forward }) => {
  if (!needsSession(operation) || operation.getContext().authRetried) return;
  if (!hasErrorCode(error, 'UNAUTHENTICATED') || !storedRefreshToken()) return;

  const headers: Record<string, string> | undefined = operation.getContext().headers;
  const current = bearer(currentAccessToken());
  operation.setContext({ authRetried: true });

  // Another operation may have refreshed the session while this one was on its way.
  const outcome: Observable<RefreshOutcome> =
    current && current !== headers?.authorization ? of('refreshed') : from(refreshSession());

  return outcome.pipe(
    switchMap((result) => (result === 'refreshed' ? forward(operation) : throwError(() => error))),
  );
});

export const authLink = ApolloLink.from([retryAfterRefreshLink, bearerTokenLink]);
