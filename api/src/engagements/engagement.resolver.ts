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
import { GraphQLLocalDate } from 'graphql-scalars';

import { Assignment } from '../assignments/assignment.entity';
import { Connection, PageArgs } from '../common/pagination';
import { Deliverable } from '../deliverables/deliverable.entity';
import { CurrentScope } from '../graphql/current-scope.decorator';
import { GraphqlContext } from '../graphql/graphql-context';
import { Organization } from '../organizations/organization.entity';
import { RequestScope } from '../policy/actor';
import { Seat } from '../seats/seat.entity';
import { StaffingChange } from '../staffing-changes/staffing-change.entity';
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
}
