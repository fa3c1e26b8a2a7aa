import { Badge, Group, Progress, Stack, Text, Title } from '@mantine/core';

import { formatCalendarDate } from '../common/calendar-date';
import type { EngagementDetailQuery } from '../gql/graphql';

type Milestone = EngagementDetailQuery['engagement']['milestones'][number];

/** Milestones with their progress (accepted of all deliverables) and whether they are late. */
export function MilestonesSection({ milestones }: { milestones: readonly Milestone[] }) {
  return (
    <Stack component="section" aria-labelledby="milestones-title" gap="sm">
      <Title order={2} id="milestones-title">
        Milestones
      </Title>
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
