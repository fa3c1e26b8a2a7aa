import { Badge } from '@mantine/core';

import {
  AUDIT_GRANT_STATUS_COLORS,
  AUDIT_GRANT_STATUS_LABELS,
  type AuditGrantStatus,
} from './audit-grant-status';

interface AuditGrantStatusBadgeProps {
  status: AuditGrantStatus;
}

export function AuditGrantStatusBadge({ status }: AuditGrantStatusBadgeProps) {
  return (
    <Badge color={AUDIT_GRANT_STATUS_COLORS[status]} variant="light" tt="none" miw="max-content">
      {AUDIT_GRANT_STATUS_LABELS[status]}
    </Badge>
  );
}
