import { Badge, Button, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';

import { useCurrentUser } from '../auth/current-user.context';
import { formatCalendarDate } from '../common/calendar-date';
import { MILESTONE_ROLES } from '../deliverables/delivery-permissions';
import type { EngagementDetailQuery } from '../gql/graphql';
import { NewMilestoneModal } from './new-milestone-modal.component';

type Milestone = EngagementDetailQuery['engagement']['milestones'][number];

/** Milestones with their progress (accepted of all deliverables) and whether they are late. */
export function MilestonesSection({
  engagementId,
  milestones,
}: {
  engagementId: string;
  milestones: readonly Milestone[];
}) {
  const { role } = useCurrentUser();
  const [adding, setAdding] = useState(false);

  return (
    <Stack component="section" aria-labelledby="milestones-title" gap="sm">
      <Group justify="space-between">
        <Title order={2} id="milestones-title">
          Milestones
        </Title>
        {MILESTONE_ROLES.includes(role) && (
          <Button variant="light" onClick={() => setAdding(true)}>
            New milestone
          </Button>
        )}
      </Group>
      <NewMilestoneModal
        engagementId={engagementId}
        opened={adding}
        onClose={() => setAdding(false)}
      />
      {milestones.length === 0 ? (
        <Text c="dimmed">No milestones yet.</Text>
      ) : (
        milestones.map((milestone) => {
          const { accepted, total } = milestone.progress;

          return (
            <Stack key={milestone.id} gap={4} aria-label={milestone.title}>
              <Group gap="xs">
                <Text fw={500}>{milestone.title}</Text>
                <Text size="sm" c="dimmed">
                  due {formatCalendarDate(milestone.dueDate)}
                </Text>
                {milestone.overdue && (
                  <Badge color="red" variant="filled">
                    Overdue
                  </Badge>
                )}
              </Group>
              <Group gap="sm" wrap="nowrap">
                <Progress
                  value={total === 0 ? 0 : (accepted / total) * 100}
                  w={240}
                  aria-label={`${milestone.title} progress`}
                />
                <Text size="sm">
                  {accepted} of {total} accepted
                </Text>
              </Group>
            </Stack>
          );
        })
      )}
    </Stack>
  );
}
