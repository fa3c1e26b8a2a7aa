import { Injectable } from '@nestjs/common';
import { EngagementStatus, Role } from '@portal/domain';
import { DataSource } from 'typeorm';

import { Assignment } from '../assignments/assignment.entity';
import { DomainError } from '../common/domain-error';
import { Engagement } from '../engagements/engagement.entity';
import { Actor } from '../policy/actor';
import { Action, PolicyService } from '../policy/policy.service';
import {
  Portfolio,
  PORTFOLIO_WEEKS,
  PortfolioArgs,
  PortfolioEngagement,
  UPCOMING_DAYS,
} from './portfolio.types';

/** Twelve weeks ahead of any day in this range stay valid calendar days. */
const EARLIEST_DAY = '2000-01-01';
const LATEST_DAY = '2999-12-31';

const OPEN_STATUSES = [EngagementStatus.PROPOSED, EngagementStatus.ACTIVE, EngagementStatus.PAUSED];

interface StaffingRow {
  engagement_id: string;
  headcount: number;
  allocation: number;
  open_seats: number;
}

interface WeekRow {
  week_start: string;
  headcount: number;
  allocation: number;
}

/**
 * An account lead's engagements with who is on them, who joins and who leaves soon, and the
 * next twelve weeks of headcount. Weeks are measured on their Monday, so a swap mid-week never
 * counts two people in one seat. Five statements, whatever the number of engagements.
 */
@Injectable()
export class PortfolioService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
  ) {}

  async portfolio(actor: Actor, args: PortfolioArgs): Promise<Portfolio> {
    this.policy.authorize(actor, Action.ViewPortfolio);
    const leadId =
      args.accountLeadId ?? (actor.role === Role.ACCOUNT_LEAD ? actor.userId : undefined);
    const asOf = args.asOf ?? (await this.todayInUtc());
    if (asOf < EARLIEST_DAY || asOf > LATEST_DAY) {
      throw DomainError.badInput([
        { field: 'asOf', message: `must be between ${EARLIEST_DAY} and ${LATEST_DAY}` },
      ]);
    }

    const query = this.policy
      .scopeEngagements(
        this.dataSource.getRepository(Engagement).createQueryBuilder('engagement'),
        actor,
        'engagement',
      )
      .andWhere('engagement.status IN (:...statuses)', { statuses: OPEN_STATUSES })
      .orderBy('engagement.name', 'ASC');
    if (leadId) query.andWhere('engagement.accountLeadId = :leadId', { leadId });
    const engagements = await query.getMany();
    const ids = engagements.map((engagement) => engagement.id);

    const [staffing, starts, rollOffs, weeks] = await Promise.all([
      this.staffingOn(ids, asOf),
      this.upcomingAssignments(ids, asOf, 'start'),
      this.upcomingAssignments(ids, asOf, 'end'),
      this.weeksFrom(ids, asOf),
    ]);

    return {
      asOf,
      engagements: engagements.map((engagement): PortfolioEngagement => {
        const row = staffing.find((item) => item.engagement_id === engagement.id);
        const ofEngagement = (rows: Assignment[]) =>
          rows.filter((item) => item.engagementId === engagement.id);

        return {
          engagementId: engagement.id,
          engagement,
          headcount: row?.headcount ?? 0,
          allocationPercent: row?.allocation ?? 0,
          openSeats: row?.open_seats ?? 0,
          upcomingStarts: ofEngagement(starts),
          upcomingRollOffs: ofEngagement(rollOffs),
        };
      }),
      weeks: weeks.map((week) => ({
        weekStart: week.week_start,
        headcount: week.headcount,
        allocationPercent: week.allocation,
        fte: week.allocation / 100,
      })),
    };
  }

  private async todayInUtc(): Promise<string> {
    const [{ today }] = await this.dataSource.query(
      `SELECT ((now() AT TIME ZONE 'UTC')::date)::text AS today`,
    );

    return today;
  }

  private staffingOn(ids: string[], day: string): Promise<StaffingRow[]> {
    return this.dataSource.query(
      `SELECT engagement.id AS engagement_id,
              count(DISTINCT assignment.engineer_id)::int AS headcount,
              coalesce(sum(assignment.allocation_percent), 0)::int AS allocation,
              (SELECT count(*)::int FROM seats seat WHERE seat.engagement_id = engagement.id
                 AND seat.state IN ('OPEN', 'CANDIDATES', 'INTERVIEWING')) AS open_seats
       FROM engagements engagement
       LEFT JOIN assignments assignment ON assignment.engagement_id = engagement.id
         AND assignment.start_date <= $2 AND (assignment.end_date IS NULL OR assignment.end_date >= $2)
       WHERE engagement.id = ANY($1::uuid[])
       GROUP BY engagement.id`,
      [ids, day],
    );
  }

  /**
   * Assignments that start (or end) within the coming window. A row that only continues the
   * engineer's previous row on the engagement (a change of allocation, an extension) is neither a
   * start nor a roll-off: the engineer stays.
   */
  private upcomingAssignments(ids: string[], day: string, edge: 'start' | 'end') {
    const query = this.dataSource
      .getRepository(Assignment)
      .createQueryBuilder('assignment')
      .where('assignment.engagementId = ANY(:ids)', { ids })
      .setParameters({ day, window: UPCOMING_DAYS });
    if (edge === 'start') {
      query
        .andWhere(
          'assignment.startDate > :day AND assignment.startDate <= CAST(:day AS date) + CAST(:window AS int)',
        )
        .andWhere(
          `NOT EXISTS (SELECT 1 FROM assignments previous WHERE previous.engagement_id = assignment.engagement_id
            AND previous.engineer_id = assignment.engineer_id AND previous.end_date = assignment.start_date - 1)`,
        );
    } else {
      query
        .andWhere('assignment.endDate BETWEEN :day AND CAST(:day AS date) + CAST(:window AS int)')
        .andWhere(
          `NOT EXISTS (SELECT 1 FROM assignments next WHERE next.engagement_id = assignment.engagement_id
            AND next.engineer_id = assignment.engineer_id AND next.start_date = assignment.end_date + 1)`,
        );
    }

    return query
      .orderBy(edge === 'start' ? 'assignment.startDate' : 'assignment.endDate', 'ASC')
      .addOrderBy('assignment.id', 'ASC')
      .getMany();
  }

  private weeksFrom(ids: string[], day: string): Promise<WeekRow[]> {
    return this.dataSource.query(
      `SELECT week.monday::text AS week_start,
              count(DISTINCT assignment.engineer_id)::int AS headcount,
              coalesce(sum(assignment.allocation_percent), 0)::int AS allocation
       FROM (SELECT (date_trunc('week', $2::date)::date + 7 * step) AS monday
             FROM generate_series(0, $3::int - 1) AS step) week
       LEFT JOIN assignments assignment ON assignment.engagement_id = ANY($1::uuid[])
         AND assignment.start_date <= week.monday
         AND (assignment.end_date IS NULL OR assignment.end_date >= week.monday)
       GROUP BY week.monday ORDER BY week.monday`,
      [ids, day, PORTFOLIO_WEEKS],
    );
  }
}
