import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';

import { Engagement } from '../engagements/engagement.entity';
import { EngineerProfile } from '../engineers/engineer-profile.entity';
import { CurrentScope } from '../graphql/current-scope.decorator';
import { GraphqlContext } from '../graphql/graphql-context';
import { RequestScope } from '../policy/actor';
import { PolicyService } from '../policy/policy.service';
import { Seat } from '../seats/seat.entity';
import { AllocationPeriod, overlapping } from './allocation-period';
import { Assignment } from './assignment.entity';
import { CreateAssignmentInput, UpdateAssignmentInput } from './assignment.inputs';
import { AssignmentService } from './assignment.service';

@Resolver(() => Assignment)
export class AssignmentResolver {
  constructor(
    private readonly assignmentService: AssignmentService,
    private readonly policy: PolicyService,
  ) {}

  @Query(() => Assignment, { description: 'One assignment by id' })
  assignment(
    @CurrentScope() scope: RequestScope,
    @Args('id', { type: () => ID, description: 'Assignment id' }) id: string,
  ) {
    return this.assignmentService.get(scope.actor, id);
  }

  @Query(() => [Assignment], {
    description: 'Who was on an engagement’s team on a day, with the allocation of that day',
  })
  roster(
    @CurrentScope() scope: RequestScope,
    @Args('engagementId', { type: () => ID, description: 'Engagement' }) engagementId: string,
    @Args('asOf', { type: () => GraphQLLocalDate, description: 'The day to look at' })
    asOf: string,
  ) {
    return this.assignmentService.roster(scope.actor, engagementId, asOf);
  }

  @Mutation(() => Assignment, {
    description: 'Puts an engineer on an engagement (agency admins and account leads)',
  })
  createAssignment(
    @CurrentScope() scope: RequestScope,
    @Args('input') input: CreateAssignmentInput,
  ) {
    return this.assignmentService.create(scope, input);
  }

  @Mutation(() => Assignment, {
    description:
      'Changes the role of an assignment; CONFLICT if it changed since read. Allocation and end date are never rewritten: request a staffing change',
  })
  updateAssignment(
    @CurrentScope() scope: RequestScope,
    @Args('input') input: UpdateAssignmentInput,
  ) {
    return this.assignmentService.update(scope, input);
  }

  @ResolveField(() => EngineerProfile, { nullable: true, description: 'The engineer' })
  engineer(@Parent() assignment: Assignment, @Context() context: GraphqlContext) {
    return context.loaders.engineer.load(assignment.engineerId);
  }

  @ResolveField(() => Engagement, { nullable: true, description: 'The engagement' })
  engagement(@Parent() assignment: Assignment, @Context() context: GraphqlContext) {
    return context.loaders.engagement.load(assignment.engagementId);
  }

  @ResolveField(() => Seat, { nullable: true, description: 'The seat the engineer holds' })
  seat(@Parent() assignment: Assignment, @Context() context: GraphqlContext) {
    return context.loaders.seat.load(assignment.seatId);
  }

  @ResolveField(() => [AllocationPeriod], {
    nullable: true,
    description:
      'Days within this assignment on which its engineer is booked over 100 % across all engagements; null for client roles',
  })
  async overAllocations(
    @Parent() assignment: Assignment,
    @CurrentScope() scope: RequestScope,
    @Context() context: GraphqlContext,
  ) {
    if (!this.policy.canSeeAllocationAcrossEngagements(scope.actor)) return null;
    const allocation = await context.loaders.allocationByEngineer.load(assignment.engineerId);

    return overlapping(allocation.overAllocated, assignment);
  }
}
