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

import { Engagement } from '../engagements/engagement.entity';
import { CurrentScope } from '../graphql/current-scope.decorator';
import { GraphqlContext } from '../graphql/graphql-context';
import { Milestone } from '../milestones/milestone.entity';
import { RequestScope } from '../policy/actor';
import { User } from '../users/user.entity';
import { Deliverable } from './deliverable.entity';
import {
  CreateDeliverableInput,
  SignOffDeliverableInput,
  SubmitDeliverableInput,
  UpdateDeliverableInput,
} from './deliverable.inputs';
import { DeliverableService } from './deliverable.service';
import { PinnedVersion } from './deliverable.types';
import { DeliverableStatusChange } from './deliverable-status-change.entity';

/** The pinned version of a deliverable or of one of its status changes, when there is one. */
export function pinnedVersionOf(record: {
  pinnedKind: PinnedVersion['kind'] | null;
  pinnedValue: string | null;
  pinnedUrl: string | null;
}): PinnedVersion | null {
  if (!record.pinnedKind || !record.pinnedValue || !record.pinnedUrl) return null;

  return { kind: record.pinnedKind, value: record.pinnedValue, url: record.pinnedUrl };
}

@Resolver(() => Deliverable)
export class DeliverableResolver {
  constructor(private readonly deliverableService: DeliverableService) {}

  @Query(() => Deliverable, { description: 'One deliverable by id' })
  deliverable(
    @CurrentScope() scope: RequestScope,
    @Args('id', { type: () => ID, description: 'Deliverable id' }) id: string,
  ) {
    return this.deliverableService.get(scope.actor, id);
  }

  @Mutation(() => Deliverable, {
    description: 'Adds a deliverable (agency staff on the engagement)',
  })
  createDeliverable(
    @CurrentScope() scope: RequestScope,
    @Args('input') input: CreateDeliverableInput,
  ) {
    return this.deliverableService.create(scope, input);
  }

  @Mutation(() => Deliverable, {
    description: 'Changes a deliverable; CONFLICT if it changed since read',
  })
  updateDeliverable(
    @CurrentScope() scope: RequestScope,
    @Args('input') input: UpdateDeliverableInput,
  ) {
    return this.deliverableService.update(scope, input);
  }

  @Mutation(() => Deliverable, {
    description:
      'Submits a deliverable for sign-off pinned to the version delivered (agency staff on the engagement); CONFLICT if it changed since read',
  })
  submitDeliverable(
    @CurrentScope() scope: RequestScope,
    @Args('input') input: SubmitDeliverableInput,
  ) {
    return this.deliverableService.submit(scope, input);
  }

  @Mutation(() => Deliverable, {
    description:
      'Accepts the submitted version or requests changes with a reason (client manager); CONFLICT if it changed or was submitted again since read',
  })
  signOffDeliverable(
    @CurrentScope() scope: RequestScope,
    @Args('input') input: SignOffDeliverableInput,
  ) {
    return this.deliverableService.signOff(scope, input);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who owns it' })
  owner(@Parent() deliverable: Deliverable, @Context() context: GraphqlContext) {
    return deliverable.ownerId ? context.loaders.user.load(deliverable.ownerId) : null;
  }

  @ResolveField(() => Engagement, { nullable: true, description: 'The engagement' })
  engagement(@Parent() deliverable: Deliverable, @Context() context: GraphqlContext) {
    return context.loaders.engagement.load(deliverable.engagementId);
  }

  @ResolveField(() => Milestone, { nullable: true, description: 'The milestone it belongs to' })
  milestone(@Parent() deliverable: Deliverable, @Context() context: GraphqlContext) {
    return deliverable.milestoneId ? context.loaders.milestone.load(deliverable.milestoneId) : null;
  }

  @ResolveField(() => PinnedVersion, {
    nullable: true,
    description: 'The version last submitted; sign-off is about this one',
  })
  pinnedVersion(@Parent() deliverable: Deliverable) {
    return pinnedVersionOf(deliverable);
  }

  @ResolveField(() => [DeliverableStatusChange], {
    description: 'Every status change, oldest first',
  })
  statusHistory(@Parent() deliverable: Deliverable, @Context() context: GraphqlContext) {
    return context.loaders.statusChangesByDeliverable.load(deliverable.id);
  }
}

@Resolver(() => DeliverableStatusChange)
export class DeliverableStatusChangeResolver {
  @ResolveField(() => User, { nullable: true, description: 'Who changed it' })
  changedBy(@Parent() change: DeliverableStatusChange, @Context() context: GraphqlContext) {
    return context.loaders.user.load(change.changedById);
  }

  @ResolveField(() => PinnedVersion, {
    nullable: true,
    description: 'The version pinned when the status changed',
  })
  pinnedVersion(@Parent() change: DeliverableStatusChange) {
    return pinnedVersionOf(change);
  }
}
