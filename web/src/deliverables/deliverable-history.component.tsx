import { Table, Text } from '@mantine/core';

import { formatDateTime } from '../common/date-time';
import type { DeliverableFieldsFragment } from '../gql/graphql';
import { DeliverableStatusBadge } from './deliverable-status-badge.component';

type StatusChange = DeliverableFieldsFragment['statusHistory'][number];

/** Every status change of a deliverable: from, to, who, when, why and the version pinned. */
export function DeliverableHistory({ history }: { history: readonly StatusChange[] }) {
  return (
    <Table verticalSpacing={4} fz="sm" aria-label="Status history">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>When</Table.Th>
          <Table.Th>Status</Table.Th>
          <Table.Th>Who</Table.Th>
          <Table.Th>Version</Table.Th>
          <Table.Th>Reason</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {[...history].reverse().map((change) => (
          <Table.Tr key={change.id}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(change.changedAt)}</Table.Td>
            <Table.Td>
              <DeliverableStatusBadge status={change.toStatus} />
            </Table.Td>
            <Table.Td>{change.changedBy?.displayName ?? '—'}</Table.Td>
            <Table.Td ff="monospace">{change.pinnedVersion?.value ?? '—'}</Table.Td>
            <Table.Td>
              <Text size="sm">{change.reason ?? ''}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
