import { useQuery } from '@apollo/client/react';
import { Anchor, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';

import { formatCalendarDate } from '../common/calendar-date';
import { ErrorAlert } from '../common/error-alert.component';
import { PageHeader } from '../common/page-header.component';
import { PageLoader } from '../common/page-loader.component';
import { HealthBadge } from '../engagement-health/health-badge.component';
import { EngagementStatusBadge } from '../engagements/engagement-status-badge.component';
import type { PortfolioQuery } from '../gql/graphql';
import { portfolioQuery } from './portfolio.documents';

const HeadcountChart = lazy(() => import('./headcount-chart.component'));

type Row = PortfolioQuery['portfolio']['engagements'][number];

function PeopleOn({ people }: { people: { id: string; name: string; day: string }[] }) {
  if (people.length === 0) return <Text c="dimmed">—</Text>;

  return (
    <Stack gap={0}>
      {people.map((person) => (
        <Text key={person.id} size="sm">
          {person.name}, {formatCalendarDate(person.day)}
        </Text>
      ))}
    </Stack>
  );
}

function EngagementRow({ row }: { row: Row }) {
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/engagements/${row.engagement.id}`}>
          {row.engagement.name}
        </Anchor>
        <Text size="xs" c="dimmed">
          {row.engagement.client?.name} · {row.engagement.accountLead?.displayName}
        </Text>
      </Table.Td>
      <Table.Td>
        <EngagementStatusBadge status={row.engagement.status} />
      </Table.Td>
      <Table.Td>
        <HealthBadge health={row.engagement.health} />
        {row.engagement.health.reasons.map((reason) => (
          <Text key={reason.code} size="xs" c="dimmed">
            {reason.message}
          </Text>
        ))}
      </Table.Td>
      <Table.Td ta="right">{row.headcount}</Table.Td>
      <Table.Td ta="right">{row.openSeats}</Table.Td>
      <Table.Td ta="right">{(row.allocationPercent / 100).toFixed(1)}</Table.Td>
      <Table.Td>
        <PeopleOn
          people={row.upcomingStarts.map((item) => ({
            id: item.id,
            name: item.engineer?.fullName ?? 'Engineer',
            day: item.startDate,
          }))}
        />
      </Table.Td>
      <Table.Td>
        <PeopleOn
          people={row.upcomingRollOffs.map((item) => ({
            id: item.id,
            name: item.engineer?.fullName ?? 'Engineer',
            day: item.endDate ?? '',
          }))}
        />
      </Table.Td>
    </Table.Tr>
  );
}

/** For account leads: their engagements, who joins and leaves soon, and headcount ahead. */
export function PortfolioPage() {
  const { data, error, loading } = useQuery(portfolioQuery);
  const portfolio = data?.portfolio;

  return (
    <>
      <PageHeader title="Portfolio" />
      {error && <ErrorAlert error={error} />}
      {!portfolio && loading && <PageLoader label="Loading the portfolio" />}
      {portfolio && (
        <Stack gap="lg">
          <Paper withBorder radius="md" p="md">
            <Title order={3} size="h4" mb="sm">
              Headcount, next twelve weeks
            </Title>
            <Suspense fallback={<Skeleton h={260} />}>
              <HeadcountChart weeks={portfolio.weeks} />
            </Suspense>
            <Table mt="sm" fz="xs" aria-label="Headcount per week">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Week of</Table.Th>
                  {portfolio.weeks.map((week) => (
                    <Table.Th key={week.weekStart}>{formatCalendarDate(week.weekStart)}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                <Table.Tr>
                  <Table.Th>Engineers</Table.Th>
                  {portfolio.weeks.map((week) => (
                    <Table.Td key={week.weekStart}>{week.headcount}</Table.Td>
                  ))}
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>FTE</Table.Th>
                  {portfolio.weeks.map((week) => (
                    <Table.Td key={week.weekStart}>{week.fte.toFixed(1)}</Table.Td>
                  ))}
                </Table.Tr>
              </Table.Tbody>
            </Table>
          </Paper>
          <Paper withBorder radius="md" p="md">
            {portfolio.engagements.length === 0 ? (
              <Text c="dimmed">No open engagements.</Text>
            ) : (
              <Table.ScrollContainer minWidth={960}>
                <Table verticalSpacing="sm" aria-label="Engagements in the portfolio">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Engagement</Table.Th>
                      <Table.Th>Status</Table.Th>
                      <Table.Th>Health</Table.Th>
                      <Table.Th ta="right">Engineers</Table.Th>
                      <Table.Th ta="right">Open seats</Table.Th>
                      <Table.Th ta="right">FTE</Table.Th>
                      <Table.Th>Starting within 4 weeks</Table.Th>
                      <Table.Th>Rolling off within 4 weeks</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {portfolio.engagements.map((row) => (
                      <EngagementRow key={row.engagement.id} row={row} />
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Paper>
        </Stack>
      )}
    </>
  );
}
