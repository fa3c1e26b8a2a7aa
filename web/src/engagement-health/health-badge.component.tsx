import { Badge, List, Stack, Text } from '@mantine/core';
import { HEALTH_STATUS_LABELS, HealthStatus } from '@portal/domain';

const HEALTH_COLORS: Record<HealthStatus, string> = {
  [HealthStatus.ON_TRACK]: 'green',
  [HealthStatus.AT_RISK]: 'yellow',
  [HealthStatus.OFF_TRACK]: 'red',
};

interface Health {
  status: HealthStatus;
  reasons: readonly { code: string; message: string }[];
}

export function HealthBadge({ health }: { health: Health }) {
  return (
    <Badge color={HEALTH_COLORS[health.status]} variant="filled" data-testid="health-badge">
      {HEALTH_STATUS_LABELS[health.status]}
    </Badge>
  );
}

/** The badge with every reason next to it, as the engagement list and page show it. */
export function HealthWithReasons({
  health,
  compact = false,
}: {
  health: Health;
  compact?: boolean;
}) {
  return (
    <Stack gap={4} aria-label="Health">
      <div>
        <HealthBadge health={health} />
      </div>
      {health.reasons.length > 0 && (
        <List size={compact ? 'xs' : 'sm'} spacing={2}>
          {health.reasons.map((reason) => (
            <List.Item key={reason.code}>
              <Text span size={compact ? 'xs' : 'sm'}>
                {reason.message}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
