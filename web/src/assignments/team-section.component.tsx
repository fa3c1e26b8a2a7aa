import { Stack, Text, Title } from '@mantine/core';

import { type AssignmentPhase, assignmentPhase } from './assignment-phase';
import { type TeamAssignment, TeamTable } from './team-table.component';

interface TeamSectionProps {
  team: readonly TeamAssignment[];
  today: string;
}

/** The team now and next, with ended assignments kept apart: a scale-down ends, never deletes. */
export function TeamSection({ team, today }: TeamSectionProps) {
  const phaseOf = (assignment: TeamAssignment): AssignmentPhase =>
    assignmentPhase(assignment, today);
  const present = team.filter((assignment) => phaseOf(assignment) !== 'ended');
  const ended = team.filter((assignment) => phaseOf(assignment) === 'ended');

  return (
    <Stack component="section" aria-labelledby="team-title" gap="sm">
      <Title order={2} id="team-title">
        Team
      </Title>
      {present.length > 0 ? (
        <TeamTable assignments={present} phaseOf={phaseOf} />
      ) : (
        <Text c="dimmed">Nobody is assigned at the moment.</Text>
      )}
      {ended.length > 0 && (
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
