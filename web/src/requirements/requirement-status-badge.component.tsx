import { Badge } from '@mantine/core';
import type { RequirementStatus } from '@portal/domain';

import { REQUIREMENT_STATUS_COLORS, REQUIREMENT_STATUS_LABELS } from './requirement.labels';

interface RequirementStatusBadgeProps {
  status: RequirementStatus;
}

export function RequirementStatusBadge({ status }: RequirementStatusBadgeProps) {
  return (
    <Badge color={REQUIREMENT_STATUS_COLORS[status]} variant="light" tt="none">
      {REQUIREMENT_STATUS_LABELS[status]}
    </Badge>
  );
}
