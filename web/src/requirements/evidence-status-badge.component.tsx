import { Badge } from '@mantine/core';
import type { EvidenceStatus } from '@portal/domain';

import { EVIDENCE_STATUS_COLORS, EVIDENCE_STATUS_LABELS } from './requirement.labels';

interface EvidenceStatusBadgeProps {
  status: EvidenceStatus;
}

export function EvidenceStatusBadge({ status }: EvidenceStatusBadgeProps) {
  return (
    <Badge color={EVIDENCE_STATUS_COLORS[status]} variant="filled" tt="none">
      {EVIDENCE_STATUS_LABELS[status]}
    </Badge>
  );
}
