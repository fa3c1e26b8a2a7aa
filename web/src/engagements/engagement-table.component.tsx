import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';

import { formatCalendarDate } from '../common/calendar-date';
import { HealthWithReasons } from '../engagement-health/health-badge.component';
import type { EngagementListQuery } from '../gql/graphql';
import { EngagementStatusBadge } from './engagement-status-badge.component';
import { ServiceLineBadges } from './service-line-badges.component';

type EngagementRow = EngagementListQuery['engagements']['edges'][number]['node'];

interface EngagementTableProps {
  engagements: readonly EngagementRow[];
}

export function EngagementTable({ engagements }: EngagementTableProps) {
  return (
    <Table.ScrollContainer minWidth={1200}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Client</Table.Th>
            <Table.Th>Account lead</Table.Th>
            <Table.Th>Service lines</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Health</Table.Th>
            <Table.Th>Start</Table.Th>
            <Table.Th>End</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {engagements.map((engagement) => (
            <Table.Tr key={engagement.id}>
              <Table.Td>
                <Anchor component={Link} to={`/engagements/${engagement.id}`} fw={500}>
                  {engagement.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{engagement.client?.name ?? '—'}</Table.Td>
              <Table.Td>{engagement.accountLead?.displayName ?? '—'}</Table.Td>
              <Table.Td>
                <ServiceLineBadges serviceLines={engagement.serviceLines} />
              </Table.Td>
              <Table.Td>
                <EngagementStatusBadge status={engagement.status} />
              </Table.Td>
              <Table.Td maw={280}>
                <HealthWithReasons health={engagement.health} compact />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatCalendarDate(engagement.startDate)}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {engagement.endDate ? (
                  formatCalendarDate(engagement.endDate)
                ) : (
                  <Text span c="dimmed" size="sm">
                    Open-ended
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
