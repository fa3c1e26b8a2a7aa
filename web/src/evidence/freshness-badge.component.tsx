import { Badge, Text } from '@mantine/core';
import type { Freshness } from '@portal/domain';

import { FRESHNESS_COLORS, FRESHNESS_LABELS } from './evidence.labels';

interface FreshnessBadgeProps {
  freshness: Freshness | null | undefined;
}

/** Fresh, expiring soon or expired; a dash when no accepted evidence has a freshness yet. */
export function FreshnessBadge({ freshness }: FreshnessBadgeProps) {
  if (!freshness) {
    return (
      <Text span c="dimmed" size="sm">
        —
      </Text>
    );
  }

  return (
    <Badge color={FRESHNESS_COLORS[freshness]} variant="light" tt="none">
      {FRESHNESS_LABELS[freshness]}
    </Badge>
  );
}
