import { refreshSession } from './session-refresh';
import { accessTokenNeedsRefresh, currentAccessToken, storedRefreshToken } from './token-store';

/** The access token for requests made outside Apollo, refreshed first when about to expire. */
export async function freshAccessToken(): Promise<string | null> {
  if (accessTokenNeedsRefresh() && storedRefreshToken()) await refreshSession();

  return currentAccessToken();
}

/** After the server refused a token: exchanges the refresh token once; true when that worked. */
export async function renewAccessToken(): Promise<boolean> {
  if (!storedRefreshToken()) return false;

  return (await refreshSession()) === 'refreshed';
}
