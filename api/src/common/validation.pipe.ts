import { ValidationError, ValidationPipe } from '@nestjs/common';

import { DomainError, FieldProblem } from './domain-error';

export function problemsOf(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.replace(new RegExp(`^(each value in )?${error.property} `), '$1'),
    }));

    return [...own, ...problemsOf(error.children ?? [], field)];
  });
}

/** class-validator on every input; failures become BAD_USER_INPUT with one entry per field. */
export function createValidationPipe() {
  return new ValidationPipe({
    transform: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => DomainError.badInput(problemsOf(errors)),
  });
}
