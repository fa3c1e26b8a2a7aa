import { Badge, Button, Group, Table, Text } from '@mantine/core';

import { formatCalendarDate } from '../common/calendar-date';
import { formatDateTime } from '../common/date-time';
import type { AuditGrantFieldsFragment } from '../gql/graphql';
import { auditGrantStatusOf } from './audit-grant-status';
import { AuditGrantStatusBadge } from './audit-grant-status-badge.component';

interface AuditGrantTableProps {
  grants: readonly AuditGrantFieldsFragment[];
  onRevoke: (grant: { id: string; auditorName: string }) => void;
}

/** The API hides users of other organizations from some roles; the grant itself stays useful. */
function auditorNameOf(grant: AuditGrantFieldsFragment): string {
  return grant.auditor?.displayName ?? 'The auditor';
}

/** Every grant of the engagement, newest first; active ones can be revoked. */
export function AuditGrantTable({ grants, onRevoke }: AuditGrantTableProps) {
  const now = Date.now();

  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing="sm" aria-label="Audit grants">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Auditor</Table.Th>
            <Table.Th>Frameworks</Table.Th>
            <Table.Th>Audit period</Table.Th>
            <Table.Th>Expires</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th aria-label="Actions" />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {grants.map((grant) => {
            const status = auditGrantStatusOf(grant, now);

            return (
              <Table.Tr key={grant.id} data-grant-id={grant.id} data-status={status}>
                <Table.Td>
                  {grant.auditor ? (
                    <>
                      <Text size="sm">{grant.auditor.displayName}</Text>
                      <Text size="xs" c="dimmed">
                        {grant.auditor.email}
                      </Text>
                    </>
                  ) : (
                    <Text size="sm" c="dimmed">
                      Not shown to your role
                    </Text>
                  )}
                  <Text size="xs" c="dimmed">
                    Granted {formatDateTime(grant.createdAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {grant.frameworks.map((framework) => (
                      <Badge key={framework} variant="outline" tt="none">
                        {framework}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatCalendarDate(grant.periodFrom)} – {formatCalendarDate(grant.periodTo)}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(grant.expiresAt)}
                </Table.Td>
                <Table.Td>
                  <AuditGrantStatusBadge status={status} />
                  {grant.revokedAt && (
                    <Text size="xs" c="dimmed">
                      {formatDateTime(grant.revokedAt)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {status === 'active' && (
                    <Button
                      size="xs"
                      variant="light"
                      color="red"
                      onClick={() => onRevoke({ id: grant.id, auditorName: auditorNameOf(grant) })}
                    >
                      Revoke
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
