import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';

import { Assignment } from '../assignments/assignment.entity';
import { Engagement } from '../engagements/engagement.entity';

export const PORTFOLIO_WEEKS = 12;
export const UPCOMING_DAYS = 28;

@ArgsType()
export class PortfolioArgs {
  @Field(() => ID, {
    nullable: true,
    description:
      'Account lead whose engagements to show; by default the signed-in lead’s own, or every lead’s for an agency admin',
  })
  @IsOptional()
  @IsUUID()
  accountLeadId?: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Day to look from, 2000-01-01 to 2999-12-31 (default today, UTC)',
  })
  @IsOptional()
  asOf?: string | null;
}

@ObjectType({ description: 'One engagement in an account lead’s portfolio' })
export class PortfolioEngagement {
  engagementId: string;

  @Field(() => Engagement, { description: 'The engagement (with its health)' })
  engagement: Engagement;

  @Field(() => Int, { description: 'Engineers on the engagement on the day looked from' })
  headcount: number;

  @Field(() => Int, { description: 'Sum of their allocations, in percent (200 = two full-time)' })
  allocationPercent: number;

  @Field(() => Int, { description: 'Seats still to fill: open, with candidates or interviewing' })
  openSeats: number;

  @Field(() => [Assignment], {
    description: `Assignments starting within ${UPCOMING_DAYS} days after the day looked from`,
  })
  upcomingStarts: Assignment[];

  @Field(() => [Assignment], {
    description: `Assignments ending within ${UPCOMING_DAYS} days from the day looked from`,
  })
  upcomingRollOffs: Assignment[];
}

@ObjectType({ description: 'Headcount and allocation of the portfolio on one Monday' })
export class PortfolioWeek {
  @Field(() => GraphQLLocalDate, { description: 'Monday the week starts on' })
  weekStart: string;

  @Field(() => Int, { description: 'Distinct engineers on any portfolio engagement that day' })
  headcount: number;

  @Field(() => Int, { description: 'Sum of allocations that day, in percent' })
  allocationPercent: number;

  @Field(() => Float, { description: 'The same as full-time equivalents' })
  fte: number;
}

@ObjectType({ description: 'The engagements an account lead runs, and their staffing ahead' })
export class Portfolio {
  @Field(() => GraphQLLocalDate, { description: 'Day the portfolio is seen from' })
  asOf: string;

  @Field(() => [PortfolioEngagement], { description: 'Proposed, active and paused engagements' })
  engagements: PortfolioEngagement[];

  @Field(() => [PortfolioWeek], { description: `The next ${PORTFOLIO_WEEKS} weeks, from this one` })
  weeks: PortfolioWeek[];
}
