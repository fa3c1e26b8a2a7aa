import { Button, Group, Text } from '@mantine/core';

import { pluralize } from './pluralize';

interface LoadMoreProps {
  shown: number;
  totalCount: number;
  /** Singular noun for what is listed, e.g. "engagement". */
  noun: string;
  hasNextPage: boolean;
  loading: boolean;
  onLoadMore: () => void;
}

/** Count of what is shown and a "Load more" button for cursor-paginated lists. */
export function LoadMore({
  shown,
  totalCount,
  noun,
  hasNextPage,
  loading,
  onLoadMore,
}: LoadMoreProps) {
  return (
    <Group justify="space-between" mt="md">
      <Text size="sm" c="dimmed">
        Showing {shown} of {pluralize(totalCount, noun)}
      </Text>
      {hasNextPage && (
        <Button variant="light" loading={loading} onClick={onLoadMore}>
          Load more
        </Button>
      )}
    </Group>
  );
}
