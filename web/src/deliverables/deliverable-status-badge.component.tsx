import { Badge } from '@mantine/core';
import type { DeliverableStatus } from '@portal/domain';

import { DELIVERABLE_STATUS_COLORS, DELIVERABLE_STATUS_LABELS } from './deliverable.labels';

interface DeliverableStatusBadgeProps {
  status: DeliverableStatus;
}

export function DeliverableStatusBadge({ status }: DeliverableStatusBadgeProps) {
  return (
    <Badge color={DELIVERABLE_STATUS_COLORS[status]} variant="light">
      {DELIVERABLE_STATUS_LABELS[status]}
    </Badge>
  );
}
