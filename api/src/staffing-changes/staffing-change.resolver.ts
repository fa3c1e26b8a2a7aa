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
import { StaffingChangeState } from '@portal/domain';

import { Assignment } from '../assignments/assignment.entity';
import { Engagement } from '../engagements/engagement.entity';
import { EngineerProfile } from '../engineers/engineer-profile.entity';
import { CurrentScope } from '../graphql/current-scope.decorator';
import { GraphqlContext } from '../graphql/graphql-context';
import { RequestScope } from '../policy/actor';
import { Seat } from '../seats/seat.entity';
import { User } from '../users/user.entity';
import { StaffingChange } from './staffing-change.entity';
import {
  DecideStaffingChangeInput,
  RejectStaffingChangeInput,
  RequestStaffingChangeInput,
} from './staffing-change.inputs';
import { StaffingChangeService } from './staffing-change.service';

@Resolver(() => StaffingChange)
export class StaffingChangeResolver {
  constructor(private readonly staffingChangeService: StaffingChangeService) {}

  @Query(() => StaffingChange, { description: 'One staffing change by id' })
  staffingChange(
    @CurrentScope() scope: RequestScope,
    @Args('id', { type: () => ID, description: 'Staffing change id' }) id: string,
  ) {
    return this.staffingChangeService.get(scope.actor, id);
  }

  @Query(() => [StaffingChange], { description: 'Staffing changes of an engagement, newest first' })
  staffingChanges(
    @CurrentScope() scope: RequestScope,
    @Args('engagementId', { type: () => ID, description: 'Engagement' }) engagementId: string,
    @Args('state', {
      type: () => StaffingChangeState,
      nullable: true,
      description: 'Only changes in this state',
    })
    state?: StaffingChangeState | null,
  ) {
    return this.staffingChangeService.list(scope.actor, engagementId, state);
  }

  @Mutation(() => StaffingChange, {
    description:
      'Asks for a staffing change (client managers, the account lead or an admin); asking counts as the approval of the asker’s side',
  })
  requestStaffingChange(
    @CurrentScope() scope: RequestScope,
    @Args('input') input: RequestStaffingChangeInput,
  ) {
    return this.staffingChangeService.request(scope, input);
  }

  @Mutation(() => StaffingChange, {
    description:
      'Approves a pending change for the client (client manager) or the agency (account lead or admin); the second approval applies it; CONFLICT if it changed since read',
  })
  approveStaffingChange(
    @CurrentScope() scope: RequestScope,
    @Args('input') input: DecideStaffingChangeInput,
  ) {
    return this.staffingChangeService.approve(scope, input);
  }

  @Mutation(() => StaffingChange, {
    description: 'Rejects a pending change, with a reason (either approver)',
  })
  rejectStaffingChange(
    @CurrentScope() scope: RequestScope,
    @Args('input') input: RejectStaffingChangeInput,
  ) {
    return this.staffingChangeService.reject(scope, input);
  }

  @Mutation(() => StaffingChange, { description: 'Withdraws a pending change (its requester)' })
  cancelStaffingChange(
    @CurrentScope() scope: RequestScope,
    @Args('input') input: DecideStaffingChangeInput,
  ) {
    return this.staffingChangeService.cancel(scope, input);
  }

  @ResolveField(() => Engagement, { nullable: true, description: 'The engagement' })
  engagement(@Parent() change: StaffingChange, @Context() context: GraphqlContext) {
    return context.loaders.engagement.load(change.engagementId);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who asked for it' })
  requestedBy(@Parent() change: StaffingChange, @Context() context: GraphqlContext) {
    return context.loaders.user.load(change.requestedById);
  }

  @ResolveField(() => User, { nullable: true, description: 'Client manager who approved' })
  clientApprovedBy(@Parent() change: StaffingChange, @Context() context: GraphqlContext) {
    return change.clientApprovedById ? context.loaders.user.load(change.clientApprovedById) : null;
  }

  @ResolveField(() => User, { nullable: true, description: 'Account lead or admin who approved' })
  agencyApprovedBy(@Parent() change: StaffingChange, @Context() context: GraphqlContext) {
    return change.agencyApprovedById ? context.loaders.user.load(change.agencyApprovedById) : null;
  }

  @ResolveField(() => User, { nullable: true, description: 'Who rejected it' })
  rejectedBy(@Parent() change: StaffingChange, @Context() context: GraphqlContext) {
    return change.rejectedById ? context.loaders.user.load(change.rejectedById) : null;
  }

  @ResolveField(() => Seat, { nullable: true, description: 'Release: the seat' })
  seat(@Parent() change: StaffingChange, @Context() context: GraphqlContext) {
    return change.seatId ? context.loaders.seat.load(change.seatId) : null;
  }

  @ResolveField(() => Assignment, { nullable: true, description: 'The assignment it changes' })
  assignment(@Parent() change: StaffingChange, @Context() context: GraphqlContext) {
    return change.assignmentId ? context.loaders.assignment.load(change.assignmentId) : null;
  }

  @ResolveField(() => EngineerProfile, {
    nullable: true,
    description: 'Swap: the engineer who takes over',
  })
  engineer(@Parent() change: StaffingChange, @Context() context: GraphqlContext) {
    return change.engineerId ? context.loaders.engineer.load(change.engineerId) : null;
  }
}
