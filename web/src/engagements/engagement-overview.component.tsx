import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

import { formatCalendarDate } from '../common/calendar-date';
import type { EngagementDetailQuery } from '../gql/graphql';
import { ServiceLineBadges } from './service-line-badges.component';

type Engagement = EngagementDetailQuery['engagement'];

interface EngagementOverviewProps {
  engagement: Engagement;
}

interface FactProps {
  label: string;
  children: ReactNode;
}

function Fact({ label, children }: FactProps) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}

/** Client, lead, dates, service lines and summary of one engagement. */
export function EngagementOverview({ engagement }: EngagementOverviewProps) {
  return (
    <Paper withBorder radius="md" p="md">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md" mb="md">
        <Fact label="Client">{engagement.client?.name ?? '—'}</Fact>
        <Fact label="Account lead">{engagement.accountLead?.displayName ?? '—'}</Fact>
        <Fact label="Start">{formatCalendarDate(engagement.startDate)}</Fact>
        <Fact label="End">
          {engagement.endDate ? formatCalendarDate(engagement.endDate) : 'Open-ended'}
        </Fact>
      </SimpleGrid>
      <Fact label="Service lines">
        <ServiceLineBadges serviceLines={engagement.serviceLines} />
      </Fact>
      {engagement.summary && (
        <Text mt="md" style={{ whiteSpace: 'pre-line' }}>
          {engagement.summary}
        </Text>
      )}
    </Paper>
  );
}
