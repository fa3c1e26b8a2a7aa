import { Group, List, Modal, Stack, Table, Text, Title } from '@mantine/core';

import { formatCalendarDate } from '../common/calendar-date';
import { formatDateTime } from '../common/date-time';
import { DeliverableStatusBadge } from '../deliverables/deliverable-status-badge.component';
import { HealthWithReasons } from '../engagement-health/health-badge.component';
import type { StatusReportFieldsFragment } from '../gql/graphql';
import { RAID_KIND_LABELS, RAID_SEVERITY_LABELS } from '../raid-items/raid-item.labels';

type Snapshot = NonNullable<StatusReportFieldsFragment['snapshot']>;

/** A published report exactly as frozen: later changes to the engagement never show here. */
export function StatusReportViewModal({
  snapshot,
  sha256,
  onClose,
}: {
  snapshot: Snapshot | null;
  sha256: string | null;
  onClose: () => void;
}) {
  return (
    <Modal
      opened={Boolean(snapshot)}
      onClose={onClose}
      size="xl"
      title={snapshot ? `Status report ${snapshot.periodFrom} – ${snapshot.periodTo}` : ''}
    >
      {snapshot && (
        <Stack>
          <Text size="sm" c="dimmed">
            Published {formatDateTime(snapshot.publishedAt)} by {snapshot.publishedBy}. SHA-256{' '}
            <Text span ff="monospace" size="xs">
              {sha256}
            </Text>
          </Text>
          <HealthWithReasons health={snapshot.health} />
          {(
            [
              ['Summary', snapshot.summary],
              ['Highlights', snapshot.highlights],
              ['Risks and next steps', snapshot.risksAndNextSteps],
            ] as const
          ).map(([heading, text]) => (
            <div key={heading}>
              <Title order={4}>{heading}</Title>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{text || '—'}</Text>
            </div>
          ))}
          <Title order={4}>Milestones</Title>
          <List size="sm">
            {snapshot.milestones.map((milestone) => (
              <List.Item key={milestone.title}>
                {milestone.title}, due {formatCalendarDate(milestone.dueDate)}: {milestone.accepted}{' '}
                of {milestone.total} accepted{milestone.overdue ? ' (overdue)' : ''}
              </List.Item>
            ))}
          </List>
          <Title order={4}>Deliverables</Title>
          <Table fz="sm" aria-label="Deliverables at publication">
            <Table.Tbody>
              {snapshot.deliverables.map((deliverable) => (
                <Table.Tr key={deliverable.title}>
                  <Table.Td>{deliverable.title}</Table.Td>
                  <Table.Td>
                    <DeliverableStatusBadge status={deliverable.status} />
                  </Table.Td>
                  <Table.Td>{formatCalendarDate(deliverable.dueDate)}</Table.Td>
                  <Table.Td ff="monospace">{deliverable.pinnedVersion?.value ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Title order={4}>RAID</Title>
          <List size="sm">
            {snapshot.raidItems.map((item) => (
              <List.Item key={item.title}>
                <Group gap={4}>
                  {RAID_KIND_LABELS[item.kind]} ({RAID_SEVERITY_LABELS[item.severity]},{' '}
                  {item.status.toLowerCase()}): {item.title}
                </Group>
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Modal>
  );
}
