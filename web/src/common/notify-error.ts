import { notifications } from '@mantine/notifications';

import { describeError } from './graphql-errors';

/** For failures outside a page's main content, e.g. loading one more page of a list. */
export function notifyError(error: unknown): void {
  const { title, message } = describeError(error);

  notifications.show({ color: 'red', title, message });
}
