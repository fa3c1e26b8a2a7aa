import type { GraphQLFormattedError } from 'graphql';

/**
 * A refusal from one of the API's plain HTTP endpoints (uploads, downloads, imports). They answer
 * in the same `{ errors: [{ message, extensions: { code } }] }` shape as GraphQL, so the same
 * descriptions and field problems apply.
 */
export class HttpApiError extends Error {
  constructor(
    readonly status: number,
    readonly errors: readonly GraphQLFormattedError[],
  ) {
    super(errors.map((error) => error.message).join(' ') || `HTTP ${status}`);
    this.name = 'HttpApiError';
  }

  static is(error: unknown): error is HttpApiError {
    return error instanceof HttpApiError;
  }
}

function isFormattedError(value: unknown): value is GraphQLFormattedError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}

/** Reads an error body; anything unreadable becomes one error naming the HTTP status. */
export function httpApiErrorOf(status: number, body: string): HttpApiError {
  try {
    const parsed = JSON.parse(body) as { errors?: unknown };
    if (Array.isArray(parsed.errors) && parsed.errors.every(isFormattedError)) {
      return new HttpApiError(status, parsed.errors);
    }
  } catch {
    // Not JSON: a proxy or the browser answered instead of the API.
  }

  return new HttpApiError(status, [
    { message: `The portal answered with HTTP ${status}. Try again in a moment.` },
  ]);
}
