import { Badge, Tooltip } from '@mantine/core';

import { formatCalendarDate } from '../common/calendar-date';

interface OverAllocationBadgeProps {
  /** Periods over 100 % across all engagements; null when the API does not share them. */
  periods:
    | readonly { from: string; until?: string | null; allocationPercent: number }[]
    | null
    | undefined;
}

/** Flags an engineer booked over 100 % on some days, with the days and the total. */
export function OverAllocationBadge({ periods }: OverAllocationBadgeProps) {
  if (!periods || periods.length === 0) return null;

  const peak = Math.max(...periods.map((period) => period.allocationPercent));
  const details = periods
    .map(
      (period) =>
        `${formatCalendarDate(period.from)} – ${period.until ? formatCalendarDate(period.until) : 'open'}: ${period.allocationPercent}%`,
    )
    .join('; ');

  return (
    <Tooltip label={details} multiline w={320}>
      <Badge color="red" variant="light" size="sm">
        Over-allocated {peak}%
      </Badge>
    </Tooltip>
  );
}
