import { QueryFailedError } from 'typeorm';

import { DomainError, ErrorCode } from './domain-error';

/** PostgreSQL error classes that mean "the input was wrong", not "we failed". */
const INPUT_ERRORS: Record<string, string> = {
  '22001': 'is too long',
  '22003': 'is out of range',
  '22007': 'is not a valid date or time',
  '22008': 'is not a valid date or time',
  '22021': 'contains a character that cannot be stored (e.g. NUL)',
  '22P02': 'is not in the expected format',
  '22P05': 'contains a character that cannot be stored',
  '23502': 'is required',
  '23514': 'breaks a rule on its value',
};

function camelCase(column: string | undefined): string {
  return (column ?? 'input').replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

/**
 * Turns a database refusal caused by the input into the error the client should have had:
 * BAD_USER_INPUT for bad values, CONFLICT for a duplicate. Anything else stays our fault.
 */
export function domainErrorFromDatabase(error: unknown): DomainError | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driverError = error.driverError as {
    code?: string;
    column?: string;
    constraint?: string;
    detail?: string;
  };
  const code = driverError.code ?? '';

  if (code === '23505') {
    return new DomainError(
      ErrorCode.Conflict,
      'A record with the same unique value already exists',
      {
        constraint: driverError.constraint,
      },
    );
  }
  if (code === '23P01') {
    return new DomainError(
      ErrorCode.Conflict,
      'The dates overlap a record that already holds them (e.g. another assignment in the seat)',
      { constraint: driverError.constraint },
    );
  }
  const message = INPUT_ERRORS[code];
  if (!message) return null;

  return DomainError.badInput([{ field: camelCase(driverError.column), message }]);
}
