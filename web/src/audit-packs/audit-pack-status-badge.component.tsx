import { Badge } from '@mantine/core';

import type { AuditPackStatus } from '../gql/graphql';
import { AUDIT_PACK_STATUS_COLORS, AUDIT_PACK_STATUS_LABELS } from './audit-pack.labels';

interface AuditPackStatusBadgeProps {
  status: AuditPackStatus;
}

export function AuditPackStatusBadge({ status }: AuditPackStatusBadgeProps) {
  return (
    <Badge color={AUDIT_PACK_STATUS_COLORS[status]} variant="light" tt="none" miw="max-content">
      {AUDIT_PACK_STATUS_LABELS[status]}
    </Badge>
  );
}
