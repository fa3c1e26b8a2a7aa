import { Badge } from '@mantine/core';
import type { EngagementStatus } from '@portal/domain';

import { ENGAGEMENT_STATUS_COLORS, ENGAGEMENT_STATUS_LABELS } from './engagement.labels';

interface EngagementStatusBadgeProps {
  status: EngagementStatus;
}

export function EngagementStatusBadge({ status }: EngagementStatusBadgeProps) {
  return (
    <Badge color={ENGAGEMENT_STATUS_COLORS[status]} variant="light">
      {ENGAGEMENT_STATUS_LABELS[status]}
    </Badge>
  );
}
