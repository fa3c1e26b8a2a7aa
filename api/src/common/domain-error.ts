/** Every error code a client can receive in `extensions.code`. */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  TooManyRequests = 'TOO_MANY_REQUESTS',
  QueryTooExpensive = 'QUERY_TOO_EXPENSIVE',
  InternalServerError = 'INTERNAL_SERVER_ERROR',
}

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * The one exception type our code throws at clients. Anything else that escapes a resolver
 * is our fault and is reported as INTERNAL_SERVER_ERROR without detail.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static notFound(entity: string, id: string): DomainError {
    return new DomainError(ErrorCode.NotFound, `${entity} ${id} was not found`, { entity, id });
  }

  static forbidden(action: string): DomainError {
    return new DomainError(ErrorCode.Forbidden, `You are not allowed to ${action}`, { action });
  }

  static unauthenticated(message = 'Sign in to continue'): DomainError {
    return new DomainError(ErrorCode.Unauthenticated, message);
  }

  static badInput(problems: FieldProblem[]): DomainError {
    const summary = problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ');

    return new DomainError(ErrorCode.BadUserInput, `Invalid input: ${summary}`, {
      fields: problems,
    });
  }

  static conflict(entity: string, id: string): DomainError {
    return new DomainError(
      ErrorCode.Conflict,
      `${entity} ${id} was changed by someone else; reload it and try again`,
      { entity, id },
    );
  }
}
