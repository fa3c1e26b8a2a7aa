import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';

import { formatCalendarDate } from '../common/calendar-date';
import { SENIORITY_LABELS } from '../engineers/engineer.labels';
import { SkillBadges } from '../engineers/skill-badges.component';
import type { EngagementDetailQuery } from '../gql/graphql';
import { ASSIGNMENT_ROLE_LABELS } from './assignment.labels';
import type { AssignmentPhase } from './assignment-phase';
import { OverAllocationBadge } from './over-allocation-badge.component';

export type TeamAssignment = EngagementDetailQuery['engagement']['team'][number];

interface TeamTableProps {
  assignments: readonly TeamAssignment[];
  phaseOf: (assignment: TeamAssignment) => AssignmentPhase;
}

const PHASE_BADGES: Record<AssignmentPhase, { label: string; color: string } | null> = {
  current: null,
  upcoming: { label: 'Upcoming', color: 'blue' },
  ended: { label: 'Ended', color: 'gray' },
};

function PhaseBadge({ phase }: { phase: AssignmentPhase }) {
  const badge = PHASE_BADGES[phase];
  if (!badge) return null;

  return (
    <Badge color={badge.color} variant="light" size="sm">
      {badge.label}
    </Badge>
  );
}

function dateRange({ startDate, endDate }: TeamAssignment): string {
  const start = formatCalendarDate(startDate);

  return endDate ? `${start} – ${formatCalendarDate(endDate)}` : `From ${start}`;
}

/** Engineers on the engagement; contact details appear only when the API shares them. */
export function TeamTable({ assignments, phaseOf }: TeamTableProps) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Engineer</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Allocation</Table.Th>
            <Table.Th>Dates</Table.Th>
            <Table.Th>Location</Table.Th>
            <Table.Th>Skills</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {assignments.map((assignment) => (
            <Table.Tr key={assignment.id} data-testid="team-member">
              <Table.Td>
                <Stack gap={2}>
                  <Text fw={500} size="sm">
                    {assignment.engineer?.fullName ?? 'Engineer not visible'}
                  </Text>
                  {assignment.engineer && (
                    <Text size="xs" c="dimmed">
                      {SENIORITY_LABELS[assignment.engineer.seniority]}
                    </Text>
                  )}
                  {assignment.engineer?.contactEmail && (
                    <Anchor href={`mailto:${assignment.engineer.contactEmail}`} size="xs">
                      {assignment.engineer.contactEmail}
                    </Anchor>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>{ASSIGNMENT_ROLE_LABELS[assignment.role]}</Table.Td>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <Text size="sm">{assignment.allocationPercent}%</Text>
                  <OverAllocationBadge periods={assignment.overAllocations} />
                </Stack>
              </Table.Td>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {dateRange(assignment)}
                  </Text>
                  <PhaseBadge phase={phaseOf(assignment)} />
                </Stack>
              </Table.Td>
              <Table.Td>{assignment.engineer?.location ?? '—'}</Table.Td>
              <Table.Td>
                <SkillBadges skills={assignment.engineer?.skills ?? []} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
