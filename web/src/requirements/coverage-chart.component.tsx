import '@mantine/charts/styles.css';

import { BarChart } from '@mantine/charts';

import type { EngagementComplianceQuery } from '../gql/graphql';

type FrameworkScope = EngagementComplianceQuery['engagement']['frameworks'][number];

interface CoverageChartProps {
  frameworks: readonly FrameworkScope[];
}

const BAR_HEIGHT = 44;
const AXIS_HEIGHT = 60;

/** One bar per framework, 0–100 %. Loaded lazily: the chart library is large. */
export default function CoverageChart({ frameworks }: CoverageChartProps) {
  const data = frameworks.map((item) => ({
    framework: item.framework,
    Covered: item.coverage.percent,
  }));

  return (
    <BarChart
      h={BAR_HEIGHT * frameworks.length + AXIS_HEIGHT}
      data={data}
      dataKey="framework"
      orientation="vertical"
      series={[{ name: 'Covered', color: 'teal.6' }]}
      xAxisProps={{ domain: [0, 100], tickFormatter: (value: number) => `${value}%` }}
      yAxisProps={{ width: 80 }}
      valueFormatter={(value) => `${value.toFixed(1)}%`}
      withBarValueLabel
      gridAxis="x"
      maxBarWidth={28}
      aria-hidden
    />
  );
}
