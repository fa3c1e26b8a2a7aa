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
import { DeliverableStatus } from '@portal/domain';

import { Deliverable } from '../deliverables/deliverable.entity';
import { Engagement } from '../engagements/engagement.entity';
import { CurrentScope } from '../graphql/current-scope.decorator';
import { GraphqlContext } from '../graphql/graphql-context';
import { RequestScope } from '../policy/actor';
import { today } from '../requirements/compliance-matrix.service';
import { Milestone } from './milestone.entity';
import { CreateMilestoneInput, UpdateMilestoneInput } from './milestone.inputs';
import { MilestoneService } from './milestone.service';
import { MilestoneProgress } from './milestone.types';

@Resolver(() => Milestone)
export class MilestoneResolver {
  constructor(private readonly milestoneService: MilestoneService) {}

  @Query(() => Milestone, { description: 'One milestone by id' })
  milestone(
    @CurrentScope() scope: RequestScope,
    @Args('id', { type: () => ID, description: 'Milestone id' }) id: string,
  ) {
    return this.milestoneService.get(scope.actor, id);
  }

  @Mutation(() => Milestone, {
    description: 'Adds a milestone to an engagement (agency admins and account leads)',
  })
  createMilestone(@CurrentScope() scope: RequestScope, @Args('input') input: CreateMilestoneInput) {
    return this.milestoneService.create(scope, input);
  }

  @Mutation(() => Milestone, {
    description: 'Changes a milestone; CONFLICT if it changed since read',
  })
  updateMilestone(@CurrentScope() scope: RequestScope, @Args('input') input: UpdateMilestoneInput) {
    return this.milestoneService.update(scope, input);
  }

  @ResolveField(() => Engagement, { nullable: true, description: 'The engagement' })
  engagement(@Parent() milestone: Milestone, @Context() context: GraphqlContext) {
    return context.loaders.engagement.load(milestone.engagementId);
  }

  @ResolveField(() => [Deliverable], { description: 'Its deliverables, by due date' })
  deliverables(@Parent() milestone: Milestone, @Context() context: GraphqlContext) {
    return context.loaders.deliverablesByMilestone.load(milestone.id);
  }

  @ResolveField(() => MilestoneProgress, { description: 'Accepted deliverables of all of them' })
  async progress(@Parent() milestone: Milestone, @Context() context: GraphqlContext) {
    const deliverables = await context.loaders.deliverablesByMilestone.load(milestone.id);

    return {
      accepted: deliverables.filter((item) => item.status === DeliverableStatus.ACCEPTED).length,
      total: deliverables.length,
    };
  }

  @ResolveField(() => Boolean, {
    description: 'Past its due date (UTC) with a deliverable not yet accepted',
  })
  async overdue(@Parent() milestone: Milestone, @Context() context: GraphqlContext) {
    if (milestone.dueDate >= today()) return false;
    const deliverables = await context.loaders.deliverablesByMilestone.load(milestone.id);

    return deliverables.some((item) => item.status !== DeliverableStatus.ACCEPTED);
  }
}
