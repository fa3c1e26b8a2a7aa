import { Alert, List } from '@mantine/core';

import { describeError } from './graphql-errors';

interface ErrorAlertProps {
  error: unknown;
}

/** Shows a failed operation the way the server explained it, with field problems listed. */
export function ErrorAlert({ error }: ErrorAlertProps) {
  const { title, message, fieldProblems } = describeError(error);

  return (
    <Alert color="red" variant="light" title={title} role="alert">
      {message}
      {fieldProblems.length > 0 && (
        <List size="sm" mt="xs">
          {fieldProblems.map((problem) => (
            <List.Item key={`${problem.field}:${problem.message}`}>
              {problem.field}: {problem.message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
