import { fieldProblemsOf } from '../common/graphql-errors';

/**
 * Places the server's field problems next to the inputs a form shows. `unplaced` is true when
 * the error says something no input shows (another field, or no field at all), so the form
 * shows the whole error in an alert instead.
 */
export function serverFieldErrors<Field extends string>(
  error: unknown,
  fields: readonly Field[],
): { messages: Partial<Record<Field, string>>; unplaced: boolean } {
  const problems = fieldProblemsOf(error);
  const messages: Partial<Record<Field, string>> = {};
  for (const problem of problems) {
    const field = fields.find((candidate) => candidate === problem.field);
    if (field && !messages[field]) messages[field] = problem.message;
  }

  const unplaced =
    Boolean(error) &&
    (problems.length === 0 || problems.some((problem) => !fields.includes(problem.field as Field)));

  return { messages, unplaced };
}
