import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';

import { formatCalendarDate } from '../common/calendar-date';
import { pluralize } from '../common/pluralize';
import type { EngagementDetailQuery } from '../gql/graphql';
import { DELIVERABLE_TYPE_LABELS } from './deliverable.labels';
import { isOverdue } from './deliverable-overdue';
import { DeliverableStatusBadge } from './deliverable-status-badge.component';

type Deliverable = EngagementDetailQuery['engagement']['deliverables'][number];

interface DeliverablesSectionProps {
  deliverables: readonly Deliverable[];
  today: string;
}

export function DeliverablesSection({ deliverables, today }: DeliverablesSectionProps) {
  const overdueCount = deliverables.filter((deliverable) => isOverdue(deliverable, today)).length;

  return (
    <Stack component="section" aria-labelledby="deliverables-title" gap="sm">
      <Title order={2} id="deliverables-title">
        Deliverables
      </Title>
      {deliverables.length === 0 ? (
        <Text c="dimmed">No deliverables have been planned yet.</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {pluralize(deliverables.length, 'deliverable')}, {overdueCount} overdue
          </Text>
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Deliverable</Table.Th>
                  <Table.Th>Type</Table.Th>
                  <Table.Th>Owner</Table.Th>
                  <Table.Th>Due</Table.Th>
                  <Table.Th>Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {deliverables.map((deliverable) => {
                  const overdue = isOverdue(deliverable, today);

                  return (
                    <Table.Tr
                      key={deliverable.id}
                      bg={overdue ? 'var(--mantine-color-red-light)' : undefined}
                    >
                      <Table.Td fw={500}>{deliverable.title}</Table.Td>
                      <Table.Td>{DELIVERABLE_TYPE_LABELS[deliverable.type]}</Table.Td>
                      <Table.Td>{deliverable.owner?.displayName ?? '—'}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {formatCalendarDate(deliverable.dueDate)}
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <DeliverableStatusBadge status={deliverable.status} />
                          {overdue && (
                            <Badge color="red" variant="filled">
                              Overdue
                            </Badge>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
