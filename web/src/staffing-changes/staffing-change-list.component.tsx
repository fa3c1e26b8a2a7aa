import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import {
  STAFFING_CHANGE_KIND_LABELS,
  StaffingChangeKind,
  StaffingChangeState,
} from '@portal/domain';
import { useState } from 'react';

import { ASSIGNMENT_ROLE_LABELS } from '../assignments/assignment.labels';
import { formatCalendarDate } from '../common/calendar-date';
import { ErrorAlert } from '../common/error-alert.component';
import { notifyError } from '../common/notify-error';
import type { EngagementStaffingQuery } from '../gql/graphql';
import { STAFFING_CHANGE_STATE_LABELS, STAFFING_QUERIES } from '../seats/staffing.labels';
import type { StaffingPermissions } from '../seats/staffing-permissions';
import {
  approveStaffingChangeMutation,
  cancelStaffingChangeMutation,
  rejectStaffingChangeMutation,
} from './staffing-change.documents';

export type StaffingChangeRow = EngagementStaffingQuery['engagement']['staffingChanges'][number];

interface StaffingChangeListProps {
  changes: readonly StaffingChangeRow[];
  permissions: StaffingPermissions;
  currentUserId: string;
}

/** What a change asks for, in one line. */
function describe(change: StaffingChangeRow): string {
  const engineer = change.assignment?.engineer?.fullName ?? 'an engineer';
  switch (change.kind) {
    case StaffingChangeKind.SCALE_UP:
      return `${change.seatCount ?? 1} × ${change.role ? ASSIGNMENT_ROLE_LABELS[change.role] : 'seat'} at ${change.allocationPercent}%`;
    case StaffingChangeKind.RELEASE_SEAT:
      return `Release ${change.seat?.role ? ASSIGNMENT_ROLE_LABELS[change.seat.role] : 'a'} seat`;
    case StaffingChangeKind.END_ASSIGNMENT:
      return `End ${engineer}`;
    case StaffingChangeKind.CHANGE_ALLOCATION:
      return `${engineer} to ${change.allocationPercent}%`;
    case StaffingChangeKind.SWAP_ENGINEER:
      return `${engineer} → ${change.engineer?.fullName ?? 'another engineer'}`;
    case StaffingChangeKind.EXTEND:
      return `${engineer} until ${change.newEndDate ? formatCalendarDate(change.newEndDate) : 'open-ended'}`;
  }
}

function Approvals({ change }: { change: StaffingChangeRow }) {
  return (
    <Stack gap={2}>
      <Text size="xs">Client: {change.clientApprovedBy?.displayName ?? 'waiting'}</Text>
      <Text size="xs">Agency: {change.agencyApprovedBy?.displayName ?? 'waiting'}</Text>
    </Stack>
  );
}

/** Staffing changes with the decisions the signed-in user may take on pending ones. */
export function StaffingChangeList({
  changes,
  permissions,
  currentUserId,
}: StaffingChangeListProps) {
  const options = { refetchQueries: STAFFING_QUERIES, awaitRefetchQueries: true };
  const [approve, approving] = useMutation(approveStaffingChangeMutation, options);
  const [cancel, cancelling] = useMutation(cancelStaffingChangeMutation, options);
  const [reject, rejecting] = useMutation(rejectStaffingChangeMutation, options);
  const [rejected, setRejected] = useState<StaffingChangeRow | null>(null);
  const [rejectionReason, setRejectionReason] = useState('');

  const run = async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (error) {
      notifyError(error);
    }
  };

  const canApprove = (change: StaffingChangeRow) =>
    (permissions.approveForClient && !change.clientApprovedAt) ||
    (permissions.approveForAgency && !change.agencyApprovedAt);

  const submitRejection = async () => {
    if (!rejected) return;
    try {
      await reject({
        variables: {
          input: { id: rejected.id, version: rejected.version, reason: rejectionReason.trim() },
        },
      });
      setRejected(null);
      setRejectionReason('');
    } catch {
      // Shown in the modal through the mutation's error state.
    }
  };

  return (
    <>
      <Table.ScrollContainer minWidth={900}>
        <Table verticalSpacing="sm" aria-label="Staffing changes">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Change</Table.Th>
              <Table.Th>Effective</Table.Th>
              <Table.Th>Requested by</Table.Th>
              <Table.Th>Approvals</Table.Th>
              <Table.Th>State</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changes.map((change) => {
              const state = STAFFING_CHANGE_STATE_LABELS[change.state];
              const pending = change.state === StaffingChangeState.PENDING;

              return (
                <Table.Tr key={change.id} data-testid="staffing-change">
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {STAFFING_CHANGE_KIND_LABELS[change.kind]}: {describe(change)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {change.reason}
                    </Text>
                    {change.rejectionReason && (
                      <Text size="xs" c="red">
                        Rejected by {change.rejectedBy?.displayName}: {change.rejectionReason}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{formatCalendarDate(change.effectiveDate)}</Table.Td>
                  <Table.Td>{change.requestedBy?.displayName ?? '—'}</Table.Td>
                  <Table.Td>
                    <Approvals change={change} />
                  </Table.Td>
                  <Table.Td>
                    <Badge color={state.color} variant="light">
                      {state.label}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {pending && (
                      <Group gap="xs" wrap="nowrap">
                        {canApprove(change) && (
                          <Button
                            size="xs"
                            loading={approving.loading}
                            onClick={() =>
                              void run(() =>
                                approve({
                                  variables: { input: { id: change.id, version: change.version } },
                                }),
                              )
                            }
                          >
                            Approve
                          </Button>
                        )}
                        {(permissions.approveForClient || permissions.approveForAgency) && (
                          <Button
                            size="xs"
                            variant="light"
                            color="red"
                            onClick={() => setRejected(change)}
                          >
                            Reject
                          </Button>
                        )}
                        {change.requestedBy?.id === currentUserId && (
                          <Button
                            size="xs"
                            variant="default"
                            loading={cancelling.loading}
                            onClick={() =>
                              void run(() =>
                                cancel({
                                  variables: { input: { id: change.id, version: change.version } },
                                }),
                              )
                            }
                          >
                            Cancel request
                          </Button>
                        )}
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Modal
        opened={rejected !== null}
        onClose={() => setRejected(null)}
        title="Reject staffing change"
        centered
      >
        <Stack>
          {rejecting.error && <ErrorAlert error={rejecting.error} />}
          <Textarea
            label="Why"
            required
            value={rejectionReason}
            onChange={(event) => setRejectionReason(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRejected(null)}>
              Keep it
            </Button>
            <Button color="red" loading={rejecting.loading} onClick={() => void submitRejection()}>
              Reject
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
