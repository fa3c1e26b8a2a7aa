import {
  Matches,
  Validate,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written YYYY-MM-DD (rejects 2026-02-30). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE_PATTERN.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);

  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

@ValidatorConstraint({ name: 'notBefore' })
class NotBeforeConstraint implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments) {
    const other = (args.object as Record<string, unknown>)[args.constraints[0] as string];
    if (value === null || value === undefined || other === null || other === undefined) return true;

    return String(value) >= String(other);
  }

  defaultMessage(args: ValidationArguments) {
    return `must not be before ${String(args.constraints[0])}`;
  }
}

/** The decorated date must be on or after the named sibling date, when both are given. */
export const NotBefore = (otherField: string) => Validate(NotBeforeConstraint, [otherField]);

/** Names and titles need at least one visible character: spaces alone make an invisible row. */
export const NotBlank = () => Matches(/\S/, { message: 'must not be blank' });
