import { unwrapResolverError } from '@apollo/server/errors';
import { Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';

import { domainErrorFromDatabase } from './database-errors';
import { DomainError, ErrorCode } from './domain-error';

/** Apollo's own codes for requests that never reached a resolver. */
const logger = new Logger('GraphQL');

const PASSTHROUGH_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Maps whatever a resolver threw to the error a client sees: DomainErrors keep their code
 * and details, GraphQL's own input errors become BAD_USER_INPUT, and anything else is logged
 * and hidden behind INTERNAL_SERVER_ERROR so no stack trace or SQL leaves the server.
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const unwrapped = unwrapResolverError(error);
  const original = domainErrorFromDatabase(unwrapped) ?? unwrapped;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainError) {
    return {
      ...base,
      message: original.message,
      extensions: { code: original.code, ...original.details },
    };
  }

  const apolloCode = formatted.extensions?.code;
  if (typeof apolloCode === 'string' && PASSTHROUGH_CODES.has(apolloCode)) {
    return { ...base, extensions: { code: apolloCode } };
  }
  if (isRuleViolation(original, formatted)) {
    return { ...base, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
  }
  if (apolloCode === 'BAD_USER_INPUT' || isVariableCoercionError(formatted)) {
    return { ...base, extensions: { code: ErrorCode.BadUserInput } };
  }

  logger.error({ err: original, path: formatted.path }, 'unexpected error in GraphQL operation');

  return {
    message: 'Something went wrong on our side; the error has been logged',
    path: formatted.path,
    extensions: { code: ErrorCode.InternalServerError },
  };
}

/** A validation rule's own error (query depth, aliases): raised before any resolver ran. */
function isRuleViolation(original: unknown, formatted: GraphQLFormattedError): boolean {
  return (
    original instanceof GraphQLError &&
    !original.originalError &&
    formatted.path === undefined &&
    !isVariableCoercionError(formatted)
  );
}

function isVariableCoercionError(formatted: GraphQLFormattedError): boolean {
  return formatted.path === undefined && /^Variable "\$/.test(formatted.message);
}
