import { Group, Paper, Progress, Skeleton, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';

import type { EngagementComplianceQuery } from '../gql/graphql';

type FrameworkScope = EngagementComplianceQuery['engagement']['frameworks'][number];

interface CoverageOverviewProps {
  frameworks: readonly FrameworkScope[];
}

const CoverageChart = lazy(() => import('./coverage-chart.component'));

const CHART_PLACEHOLDER_HEIGHT = 160;

export function formatPercent(percent: number): string {
  return `${percent.toFixed(1)}%`;
}

/** "ISO/IEC 27001:2022 — 12.5% covered (5 of 40)": the sentence tests and screen readers read. */
export function coverageSentence({ name, coverage }: FrameworkScope): string {
  return `${name} — ${formatPercent(coverage.percent)} covered (${coverage.covered} of ${coverage.applicable})`;
}

/** Coverage of every framework in scope, as bars and as text. */
export function CoverageOverview({ frameworks }: CoverageOverviewProps) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="coverage-title">
      <Title order={2} size="h3" id="coverage-title" mb="sm">
        Coverage
      </Title>
      <Suspense fallback={<Skeleton h={CHART_PLACEHOLDER_HEIGHT} />}>
        <CoverageChart frameworks={frameworks} />
      </Suspense>
      <Stack gap="sm" mt="md">
        {frameworks.map((item) => {
          const notApplicable = item.coverage.total - item.coverage.applicable;

          return (
            <Stack key={item.framework} gap={4}>
              <Group justify="space-between" gap="xs">
                <Text size="sm" fw={500} data-testid={`coverage-${item.framework}`}>
                  {coverageSentence(item)}
                </Text>
                {notApplicable > 0 && (
                  <Text size="xs" c="dimmed">
                    {notApplicable} not applicable
                  </Text>
                )}
              </Group>
              <Progress
                value={item.coverage.percent}
                color="teal"
                size="sm"
                aria-label={`${item.name} coverage`}
              />
            </Stack>
          );
        })}
      </Stack>
    </Paper>
  );
}
