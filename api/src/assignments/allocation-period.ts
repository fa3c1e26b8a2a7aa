import { Field, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { DataSource } from 'typeorm';

/** A stretch of days on which an engineer's bookings add up to one total. */
@ObjectType({ description: 'Days on which an engineer’s assignments add up to one total' })
export class AllocationPeriod {
  @Field(() => GraphQLLocalDate, { description: 'First day' })
  from: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day; null: open-ended' })
  until: string | null;

  @Field(() => Int, { description: 'Sum of allocations over all engagements on these days' })
  allocationPercent: number;
}

/** An engineer's bookings across every engagement, for flags and capacity. */
export interface EngineerAllocation {
  /** Highest total on any day, 0 when never booked. */
  peakPercent: number;
  /** Periods above 100 %, in date order. */
  overAllocated: AllocationPeriod[];
}

export const FULL_ALLOCATION_PERCENT = 100;

/**
 * Totals per engineer, computed in SQL in one statement for a batch of engineers: every start
 * day and every day after an end is a point where a total can change; between two points the
 * set of running assignments is constant, so one sum per segment covers every day.
 */
export async function allocationsOf(
  dataSource: DataSource,
  engineerIds: readonly string[],
): Promise<Map<string, EngineerAllocation>> {
  const rows: { engineerId: string; from: string; until: string | null; percent: number }[] =
    await dataSource.query(
      `WITH booked AS (
         SELECT engineer_id, start_date, end_date, allocation_percent FROM assignments
         WHERE engineer_id = ANY($1::uuid[])
       ), points AS (
         SELECT engineer_id, start_date AS day FROM booked
         UNION SELECT engineer_id, end_date + 1 FROM booked WHERE end_date IS NOT NULL
       ), segments AS (
         SELECT engineer_id, day AS from_day,
           lead(day) OVER (PARTITION BY engineer_id ORDER BY day) - 1 AS until_day
         FROM points
       )
       SELECT segment.engineer_id AS "engineerId", to_char(segment.from_day, 'YYYY-MM-DD') AS "from",
         to_char(segment.until_day, 'YYYY-MM-DD') AS "until", sum(booked.allocation_percent)::int AS percent
       FROM segments segment JOIN booked ON booked.engineer_id = segment.engineer_id
         AND booked.start_date <= segment.from_day
         AND (booked.end_date IS NULL OR booked.end_date >= segment.from_day)
       GROUP BY segment.engineer_id, segment.from_day, segment.until_day
       ORDER BY segment.engineer_id, segment.from_day`,
      [engineerIds],
    );

  const allocations = new Map<string, EngineerAllocation>(
    engineerIds.map((id) => [id, { peakPercent: 0, overAllocated: [] }]),
  );
  for (const row of rows) {
    const allocation = allocations.get(row.engineerId)!;
    allocation.peakPercent = Math.max(allocation.peakPercent, row.percent);
    if (row.percent <= FULL_ALLOCATION_PERCENT) continue;

    const previous = allocation.overAllocated.at(-1);
    const continues =
      previous?.until &&
      previous.allocationPercent === row.percent &&
      nextDay(previous.until) === row.from;
    if (continues) previous.until = row.until;
    else
      allocation.overAllocated.push({
        from: row.from,
        until: row.until,
        allocationPercent: row.percent,
      });
  }

  return allocations;
}

function nextDay(date: string): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + 1);

  return value.toISOString().slice(0, 10);
}

/** The periods that share at least one day with a date range. */
export function overlapping(
  periods: readonly AllocationPeriod[],
  range: { startDate: string; endDate: string | null },
): AllocationPeriod[] {
  return periods.filter(
    (period) =>
      (period.until === null || period.until >= range.startDate) &&
      (range.endDate === null || period.from <= range.endDate),
  );
}
