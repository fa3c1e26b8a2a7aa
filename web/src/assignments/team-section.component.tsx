import { useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';

import { downloadFile } from '../common/authorized-http';
import { formatCalendarDate } from '../common/calendar-date';
import { ErrorAlert } from '../common/error-alert.component';
import { notifyError } from '../common/notify-error';
import { rosterQuery } from '../seats/seat.documents';
import { type AssignmentPhase, assignmentPhase } from './assignment-phase';
import { type TeamAssignment, TeamTable } from './team-table.component';

interface TeamSectionProps {
  engagementId: string;
  team: readonly TeamAssignment[];
  today: string;
}

/** The team now and next, with ended assignments kept apart: a scale-down ends, never deletes. */
export function TeamSection({ engagementId, team, today }: TeamSectionProps) {
  const [asOf, setAsOf] = useState('');
  const roster = useQuery(rosterQuery, {
    variables: { engagementId, asOf },
    skip: !/^\d{4}-\d{2}-\d{2}$/.test(asOf),
  });
  const phaseOf = (assignment: TeamAssignment): AssignmentPhase =>
    assignmentPhase(assignment, asOf || today);
  const download = async () => {
    try {
      await downloadFile(
        `/api/engagements/${engagementId}/team.csv${asOf ? `?asOf=${asOf}` : ''}`,
        'team.csv',
      );
    } catch (error) {
      notifyError(error);
    }
  };
  const present = team.filter((assignment) => phaseOf(assignment) !== 'ended');
  const ended = team.filter((assignment) => phaseOf(assignment) === 'ended');

  return (
    <Stack component="section" aria-labelledby="team-title" gap="sm">
      <Group justify="space-between" align="flex-end">
        <Title order={2} id="team-title">
          Team
        </Title>
        <Group align="flex-end">
          <TextInput
            label="Roster as of"
            type="date"
            value={asOf}
            onChange={(event) => setAsOf(event.currentTarget.value)}
          />
          {asOf && (
            <Button variant="subtle" onClick={() => setAsOf('')}>
              Today
            </Button>
          )}
          <Button variant="light" onClick={() => void download()}>
            Download CSV
          </Button>
        </Group>
      </Group>
      {asOf && roster.error && <ErrorAlert error={roster.error} />}
      {asOf && roster.data ? (
        <>
          <Text size="sm" c="dimmed">
            The team on {formatCalendarDate(asOf)}, with the allocation of that day.
          </Text>
          {roster.data.roster.length > 0 ? (
            <TeamTable assignments={roster.data.roster} phaseOf={phaseOf} />
          ) : (
            <Text c="dimmed">Nobody was on the team that day.</Text>
          )}
        </>
      ) : present.length > 0 ? (
        <TeamTable assignments={present} phaseOf={phaseOf} />
      ) : (
        <Text c="dimmed">Nobody is assigned at the moment.</Text>
      )}
      {!asOf && ended.length > 0 && (
        <>
          <Title order={3} size="h4" mt="sm" id="ended-assignments-title">
            Ended assignments
          </Title>
          <TeamTable assignments={ended} phaseOf={phaseOf} />
        </>
      )}
    </Stack>
  );
}
