import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

import { domainErrorFromDatabase } from './database-errors';
import { DomainError, ErrorCode } from './domain-error';

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.TooManyRequests]: 429,
  [ErrorCode.QueryTooExpensive]: 400,
  [ErrorCode.InternalServerError]: 500,
};

const CODES_BY_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: ErrorCode.Unauthenticated,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  409: ErrorCode.Conflict,
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: ErrorCode.TooManyRequests,
};

/**
 * Errors outside GraphQL resolvers (unreadable JSON, oversized bodies, unknown routes) answer in
 * the same shape as GraphQL errors, with a code and no internals. GraphQL errors pass through to
 * Apollo's formatter.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType() !== 'http') throw exception;

    const reply = host.switchToHttp().getResponse<FastifyReply>();
    exception = domainErrorFromDatabase(exception) ?? exception;
    if (exception instanceof DomainError) {
      return reply.status(STATUS_BY_CODE[exception.code]).send({
        errors: [
          {
            message: exception.message,
            extensions: { code: exception.code, ...exception.details },
          },
        ],
      });
    }

    const status = statusOf(exception);
    if (status === 503 && exception instanceof HttpException) {
      // A deliberate "not ready" (the readiness probe): its body says which dependency is down.
      return reply.status(503).send(exception.getResponse());
    }
    if (status >= 500) {
      this.logger.error({ err: exception }, 'unhandled HTTP error');
      return reply.status(500).send({
        errors: [
          {
            message: 'Something went wrong on our side',
            extensions: { code: ErrorCode.InternalServerError },
          },
        ],
      });
    }

    const message = exception instanceof Error ? exception.message : 'Bad request';
    return reply.status(status).send({
      errors: [{ message, extensions: { code: CODES_BY_STATUS[status] ?? 'BAD_REQUEST' } }],
    });
  }
}

function statusOf(exception: unknown): number {
  if (exception instanceof HttpException) return exception.getStatus();
  const status = (exception as { statusCode?: unknown } | null)?.statusCode;

  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}
