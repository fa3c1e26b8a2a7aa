import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, Modal, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { RaidStatus, RaidVisibility } from '@portal/domain';
import { type FormEvent, useState } from 'react';

import { useCurrentUser } from '../auth/current-user.context';
import { ErrorAlert } from '../common/error-alert.component';
import { RAID_EDIT_ROLES } from '../deliverables/delivery-permissions';
import type { RaidItemFieldsFragment } from '../gql/graphql';
import { seatLabel } from '../seats/staffing.labels';
import { closeRaidItemMutation } from './raid-item.documents';
import { RAID_KIND_LABELS, RAID_SEVERITY_COLORS, RAID_SEVERITY_LABELS } from './raid-item.labels';
import { RaidItemFormModal } from './raid-item-form-modal.component';

interface RaidLogSectionProps {
  engagementId: string;
  items: readonly RaidItemFieldsFragment[];
}

/** Risks, assumptions, issues and dependencies; internal entries are marked as such. */
export function RaidLogSection({ engagementId, items }: RaidLogSectionProps) {
  const { role } = useCurrentUser();
  const canEdit = RAID_EDIT_ROLES.includes(role);
  const [adding, setAdding] = useState(false);
  const [closing, setClosing] = useState<RaidItemFieldsFragment | null>(null);

  return (
    <Stack component="section" aria-labelledby="raid-title" gap="sm">
      <Group justify="space-between">
        <Title order={2} id="raid-title">
          RAID log
        </Title>
        {canEdit && (
          <Button variant="light" onClick={() => setAdding(true)}>
            New entry
          </Button>
        )}
      </Group>
      {items.length === 0 ? (
        <Text c="dimmed">No risks, assumptions, issues or dependencies recorded.</Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Entry</Table.Th>
                <Table.Th>Kind</Table.Th>
                <Table.Th>Severity</Table.Th>
                <Table.Th>Owner</Table.Th>
                <Table.Th>Concerns</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>
                    <Group gap={6}>
                      <Text fw={500}>{item.title}</Text>
                      {item.visibility === RaidVisibility.INTERNAL && (
                        <Badge variant="outline" color="gray">
                          Internal
                        </Badge>
                      )}
                    </Group>
                    {item.description && (
                      <Text size="sm" c="dimmed">
                        {item.description}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{RAID_KIND_LABELS[item.kind]}</Table.Td>
                  <Table.Td>
                    <Badge color={RAID_SEVERITY_COLORS[item.severity]}>
                      {RAID_SEVERITY_LABELS[item.severity]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{item.owner?.displayName ?? '—'}</Table.Td>
                  <Table.Td>
                    {[
                      ...item.deliverables.map((deliverable) => deliverable.title),
                      ...item.seats.map((seat) => `Seat: ${seatLabel(seat)}`),
                    ].join(', ') || '—'}
                  </Table.Td>
                  <Table.Td>
                    {item.status === RaidStatus.CLOSED ? (
                      <Text size="sm">Closed: {item.closingNote}</Text>
                    ) : (
                      <Badge variant="light">Open</Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {canEdit && item.status === RaidStatus.OPEN && (
                      <Button size="xs" variant="subtle" onClick={() => setClosing(item)}>
                        Close
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <RaidItemFormModal
        engagementId={engagementId}
        opened={adding}
        onClose={() => setAdding(false)}
      />
      <CloseRaidItemModal item={closing} onClose={() => setClosing(null)} />
    </Stack>
  );
}

function CloseRaidItemModal({
  item,
  onClose,
}: {
  item: RaidItemFieldsFragment | null;
  onClose: () => void;
}) {
  const [note, setNote] = useState('');
  const [close, { loading, error }] = useMutation(closeRaidItemMutation, {
    refetchQueries: ['EngagementDetail'],
  });

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!item) return;

    try {
      await close({
        variables: { input: { id: item.id, version: item.version, closingNote: note } },
      });
      setNote('');
      onClose();
    } catch {
      // Shown below.
    }
  };

  return (
    <Modal opened={Boolean(item)} onClose={onClose} title={item ? `Close “${item.title}”` : ''}>
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          {error && <ErrorAlert error={error} />}
          <Textarea
            label="How it ended"
            required
            autosize
            minRows={2}
            data-autofocus
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Close entry
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
