import { Badge, Group } from '@mantine/core';
import { SERVICE_LINE_LABELS, type ServiceLine } from '@portal/domain';

interface ServiceLineBadgesProps {
  serviceLines: readonly ServiceLine[];
}

export function ServiceLineBadges({ serviceLines }: ServiceLineBadgesProps) {
  return (
    <Group gap={4}>
      {serviceLines.map((serviceLine) => (
        <Badge key={serviceLine} variant="outline" color="indigo" size="sm" tt="none">
          {SERVICE_LINE_LABELS[serviceLine]}
        </Badge>
      ))}
    </Group>
  );
}
