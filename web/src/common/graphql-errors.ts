import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

import { HttpApiError } from './http-api-error';

/** The codes the API puts in `extensions.code`; the API's own list is the reference. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'INTERNAL_SERVER_ERROR';

export interface FieldProblem {
  field: string;
  message: string;
}

export interface ErrorDescription {
  title: string;
  message: string;
  fieldProblems: FieldProblem[];
}

const TITLES: Record<ErrorCode, string> = {
  BAD_USER_INPUT: 'Please check your input',
  UNAUTHENTICATED: 'Not signed in',
  FORBIDDEN: 'Not allowed',
  NOT_FOUND: 'Not found',
  CONFLICT: 'Changed by someone else',
  TOO_MANY_REQUESTS: 'Too many attempts',
  PAYLOAD_TOO_LARGE: 'File too large',
  UNSUPPORTED_MEDIA_TYPE: 'File type not accepted',
  INTERNAL_SERVER_ERROR: 'Something went wrong',
};

/** The errors as the server sent them, from GraphQL or from the plain HTTP endpoints. */
function serverErrorsOf(error: unknown): readonly GraphQLFormattedError[] {
  if (CombinedGraphQLErrors.is(error) || HttpApiError.is(error)) return error.errors;

  return [];
}

function extensionsOf(error: unknown): Record<string, unknown>[] {
  return serverErrorsOf(error).map((graphqlError) => graphqlError.extensions ?? {});
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(TITLES, value);
}

/** The first code we know among errors as the server sent them. */
export function errorCodeOfResponse(
  errors: readonly GraphQLFormattedError[],
): ErrorCode | undefined {
  return errors.map((graphqlError) => graphqlError.extensions?.code).find(isErrorCode);
}

/** The code of the first GraphQL error an operation failed with, if it is one we know. */
export function errorCodeOf(error: unknown): ErrorCode | undefined {
  return errorCodeOfResponse(serverErrorsOf(error));
}

export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  return extensionsOf(error).some((extensions) => extensions.code === code);
}

function isFieldProblem(value: unknown): value is FieldProblem {
  if (typeof value !== 'object' || value === null) return false;

  const candidate = value as Record<string, unknown>;

  return typeof candidate.field === 'string' && typeof candidate.message === 'string';
}

/** Field-level detail of BAD_USER_INPUT, e.g. `{ field: 'email', message: 'must be an email' }`. */
export function fieldProblemsOf(error: unknown): FieldProblem[] {
  return extensionsOf(error).flatMap((extensions) =>
    Array.isArray(extensions.fields) ? extensions.fields.filter(isFieldProblem) : [],
  );
}

function retryAfterSecondsOf(error: unknown): number | undefined {
  return extensionsOf(error)
    .map((extensions) => extensions.retryAfterSeconds)
    .find((value): value is number => typeof value === 'number');
}

/** Turns whatever an operation failed with into words for an alert or a notification. */
export function describeError(error: unknown): ErrorDescription {
  if (CombinedGraphQLErrors.is(error) || HttpApiError.is(error)) {
    const code = errorCodeOf(error);
    const retryAfter = retryAfterSecondsOf(error);
    const message = error.errors.map((graphqlError) => graphqlError.message).join(' ');

    const waitHint =
      retryAfter && !message.includes(String(retryAfter))
        ? ` Try again in ${retryAfter} seconds.`
        : '';

    return {
      title: code ? TITLES[code] : 'The request was refused',
      message: `${message}${waitHint}`,
      fieldProblems: fieldProblemsOf(error),
    };
  }

  if (ServerError.is(error)) {
    return {
      title: 'The server could not answer',
      message: `The portal answered with HTTP ${error.statusCode}. Try again in a moment.`,
      fieldProblems: [],
    };
  }

  return {
    title: 'Cannot reach the portal',
    message: 'Check your connection and try again.',
    fieldProblems: [],
  };
}
