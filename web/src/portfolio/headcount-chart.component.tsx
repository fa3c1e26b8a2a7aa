import '@mantine/charts/styles.css';

import { LineChart } from '@mantine/charts';

import { formatCalendarDate } from '../common/calendar-date';
import type { PortfolioQuery } from '../gql/graphql';

type Week = PortfolioQuery['portfolio']['weeks'][number];

/** Headcount and full-time equivalents per Monday. Loaded lazily: the chart library is large. */
export default function HeadcountChart({ weeks }: { weeks: readonly Week[] }) {
  const data = weeks.map((week) => ({
    week: formatCalendarDate(week.weekStart),
    Engineers: week.headcount,
    FTE: week.fte,
  }));

  return (
    <LineChart
      h={260}
      data={data}
      dataKey="week"
      series={[
        { name: 'Engineers', color: 'indigo.6' },
        { name: 'FTE', color: 'teal.6' },
      ]}
      withLegend
      curveType="step"
      yAxisProps={{ allowDecimals: false }}
      aria-hidden
    />
  );
}
