/**
 * Where the session's tokens live. The access token stays in memory only, so it dies with the
 * page; the refresh token is kept in sessionStorage, so a reload of this tab can restore the
 * session while closing the tab ends it.
 */
const REFRESH_TOKEN_KEY = 'engagement-portal.refresh-token';

/**
 * Refresh this long before the access token expires, so no request goes out with a dying token;
 * a quarter of the token's life when that is shorter, so short-lived tokens are not refreshed on
 * every request.
 */
const MAX_EXPIRY_MARGIN_MS = 60_000;

export interface SessionTokens {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
}

let accessToken: string | null = null;
let refreshAtMs = 0;

export function storeTokens(tokens: SessionTokens, now: number = Date.now()): void {
  const expiresAtMs = Date.parse(tokens.accessTokenExpiresAt);
  const margin = Math.min(MAX_EXPIRY_MARGIN_MS, (expiresAtMs - now) / 4);

  accessToken = tokens.accessToken;
  refreshAtMs = expiresAtMs - margin;
  sessionStorage.setItem(REFRESH_TOKEN_KEY, tokens.refreshToken);
}

export function clearTokens(): void {
  accessToken = null;
  refreshAtMs = 0;
  sessionStorage.removeItem(REFRESH_TOKEN_KEY);
}

export function currentAccessToken(): string | null {
  return accessToken;
}

export function storedRefreshToken(): string | null {
  return sessionStorage.getItem(REFRESH_TOKEN_KEY);
}

/** True when there is no access token or it is about to expire. */
export function accessTokenNeedsRefresh(now: number = Date.now()): boolean {
  return accessToken === null || now >= refreshAtMs;
}
