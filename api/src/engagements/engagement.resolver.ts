import {
  Args,
  Context,
  ID,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { RaidStatus } from '@portal/domain';
import { GraphQLLocalDate } from 'graphql-scalars';

import { Assignment } from '../assignments/assignment.entity';
import { Connection, PageArgs } from '../common/pagination';
import { Deliverable } from '../deliverables/deliverable.entity';
import { EngagementHealthView } from '../engagement-health/engagement-health.types';
import { CurrentScope } from '../graphql/current-scope.decorator';
import { GraphqlContext } from '../graphql/graphql-context';
import { Milestone } from '../milestones/milestone.entity';
import { Organization } from '../organizations/organization.entity';
import { RequestScope } from '../policy/actor';
import { RaidItem } from '../raid-items/raid-item.entity';
import { Seat } from '../seats/seat.entity';
import { StaffingChange } from '../staffing-changes/staffing-change.entity';
import { StatusReport } from '../status-reports/status-report.entity';
import { User } from '../users/user.entity';
import { Engagement } from './engagement.entity';
import {
  CreateEngagementInput,
  EngagementFilter,
  UpdateEngagementInput,
} from './engagement.inputs';
import { EngagementService } from './engagement.service';

@ObjectType({ description: 'A page of engagements' })
export class EngagementConnection extends Connection(Engagement, 'Engagement') {}

@Resolver(() => Engagement)
export class EngagementResolver {
  constructor(private readonly engagementService: EngagementService) {}

  @Query(() => EngagementConnection, {
    description: 'Engagements the signed-in user may see, by name',
  })
  engagements(
    @CurrentScope() scope: RequestScope,
    @Args() page: PageArgs,
    @Args('filter', { nullable: true, description: 'Narrows the list' }) filter?: EngagementFilter,
  ) {
    return this.engagementService.list(scope.actor, page, filter ?? {});
  }

  @Query(() => Engagement, { description: 'One engagement by id' })
  engagement(
    @CurrentScope() scope: RequestScope,
    @Args('id', { type: () => ID, description: 'Engagement id' }) id: string,
  ) {
    return this.engagementService.get(scope.actor, id);
  }

  @Mutation(() => Engagement, {
    description: 'Creates an engagement (agency admins and account leads)',
  })
  createEngagement(
    @CurrentScope() scope: RequestScope,
    @Args('input') input: CreateEngagementInput,
  ) {
    return this.engagementService.create(scope, input);
  }

  @Mutation(() => Engagement, {
    description: 'Changes an engagement; CONFLICT if it changed since read',
  })
  updateEngagement(
    @CurrentScope() scope: RequestScope,
    @Args('input') input: UpdateEngagementInput,
  ) {
    return this.engagementService.update(scope, input);
  }

  @ResolveField(() => Organization, { nullable: true, description: 'The client' })
  client(@Parent() engagement: Engagement, @Context() context: GraphqlContext) {
    return context.loaders.organization.load(engagement.clientId);
  }

  @ResolveField(() => User, { nullable: true, description: 'The agency account lead' })
  accountLead(@Parent() engagement: Engagement, @Context() context: GraphqlContext) {
    return context.loaders.user.load(engagement.accountLeadId);
  }

  @ResolveField(() => [Assignment], { description: 'Assignments, past and present, by start date' })
  async team(
    @Parent() engagement: Engagement,
    @Context() context: GraphqlContext,
    @Args('activeOn', {
      type: () => GraphQLLocalDate,
      nullable: true,
      description: 'Only assignments running on this day',
    })
    activeOn?: string,
  ) {
    const assignments = await context.loaders.assignmentsByEngagement.load(engagement.id);
    if (!activeOn) return assignments;

    return assignments.filter(
      (item) => item.startDate <= activeOn && (!item.endDate || item.endDate >= activeOn),
    );
  }

  @ResolveField(() => [Seat], { description: 'Seats (roles the team needs), by first day needed' })
  seats(@Parent() engagement: Engagement, @Context() context: GraphqlContext) {
    return context.loaders.seatsByEngagement.load(engagement.id);
  }

  @ResolveField(() => [StaffingChange], { description: 'Staffing changes, oldest first' })
  staffingChanges(@Parent() engagement: Engagement, @Context() context: GraphqlContext) {
    return context.loaders.staffingChangesByEngagement.load(engagement.id);
  }

  @ResolveField(() => [Deliverable], { description: 'Deliverables, by due date' })
  deliverables(@Parent() engagement: Engagement, @Context() context: GraphqlContext) {
    return context.loaders.deliverablesByEngagement.load(engagement.id);
  }

  @ResolveField(() => [Milestone], { description: 'Milestones, by due date' })
  milestones(@Parent() engagement: Engagement, @Context() context: GraphqlContext) {
    return context.loaders.milestonesByEngagement.load(engagement.id);
  }

  @ResolveField(() => EngagementHealthView, {
    description:
      'On track, at risk or off track today, with the reasons (see docs/architecture.md)',
  })
  health(@Parent() engagement: Engagement, @Context() context: GraphqlContext) {
    return context.loaders.engagementHealth.load(engagement.id);
  }

  @ResolveField(() => [RaidItem], {
    description:
      'RAID log entries you may see (the other side’s internal ones never), oldest first',
  })
  async raidItems(
    @Parent() engagement: Engagement,
    @Context() context: GraphqlContext,
    @Args('status', { type: () => RaidStatus, nullable: true, description: 'Only open or closed' })
    status?: RaidStatus,
  ) {
    const items = await context.loaders.raidItemsByEngagement.load(engagement.id);

    return status ? items.filter((item) => item.status === status) : items;
  }

  @ResolveField(() => [StatusReport], {
    description: 'Status reports by period, oldest first (client roles: published ones only)',
  })
  statusReports(@Parent() engagement: Engagement, @Context() context: GraphqlContext) {
    return context.loaders.statusReportsByEngagement.load(engagement.id);
  }

  @ResolveField(() => String, { description: 'Path of the deliverables CSV download' })
  deliverablesCsvPath(@Parent() engagement: Engagement) {
    return `/api/engagements/${engagement.id}/deliverables.csv`;
  }
}
