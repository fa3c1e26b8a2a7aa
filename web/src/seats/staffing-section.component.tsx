import { useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { SeatState } from '@portal/domain';
import { useState } from 'react';

import { ASSIGNMENT_ROLE_LABELS } from '../assignments/assignment.labels';
import { useCurrentUser } from '../auth/current-user.context';
import { ErrorAlert } from '../common/error-alert.component';
import { PageLoader } from '../common/page-loader.component';
import { RequestStaffingChangeModal } from '../staffing-changes/request-staffing-change-modal.component';
import { StaffingChangeList } from '../staffing-changes/staffing-change-list.component';
import { engagementStaffingQuery } from './seat.documents';
import { SeatList } from './seat-list.component';
import { staffingPermissions } from './staffing-permissions';

interface StaffingSectionProps {
  engagementId: string;
  /** Running assignments, for changes that name one. */
  runningAssignments: readonly { id: string; label: string }[];
}

/** Seats and candidates (demand), and the staffing changes that move the team. */
export function StaffingSection({ engagementId, runningAssignments }: StaffingSectionProps) {
  const me = useCurrentUser();
  const [requesting, setRequesting] = useState(false);
  const { data, error } = useQuery(engagementStaffingQuery, {
    variables: { id: engagementId },
    fetchPolicy: 'cache-and-network',
  });

  if (error) return <ErrorAlert error={error} />;
  if (!data) return <PageLoader label="Loading seats" />;

  const { engagement } = data;
  const permissions = staffingPermissions(me, engagement);
  const releasable = engagement.seats
    .filter((seat) => seat.state !== SeatState.RELEASED)
    .map((seat) => ({
      id: seat.id,
      label: `${ASSIGNMENT_ROLE_LABELS[seat.role]} (${seat.state})`,
    }));

  return (
    <Stack gap="xl">
      <Stack component="section" aria-labelledby="seats-title" gap="sm">
        <Title order={2} id="seats-title">
          Seats
        </Title>
        <SeatList seats={engagement.seats} permissions={permissions} />
      </Stack>
      <Stack component="section" aria-labelledby="staffing-changes-title" gap="sm">
        <Group justify="space-between">
          <Title order={2} id="staffing-changes-title">
            Staffing changes
          </Title>
          {permissions.requestChange && (
            <Button variant="light" onClick={() => setRequesting(true)}>
              Request a change
            </Button>
          )}
        </Group>
        {engagement.staffingChanges.length > 0 ? (
          <StaffingChangeList
            changes={[...engagement.staffingChanges].reverse()}
            permissions={permissions}
            currentUserId={me.id}
          />
        ) : (
          <Text c="dimmed">No staffing changes yet.</Text>
        )}
      </Stack>
      <RequestStaffingChangeModal
        engagementId={engagementId}
        opened={requesting}
        onClose={() => setRequesting(false)}
        assignments={runningAssignments}
        seats={releasable}
      />
    </Stack>
  );
}
