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
import { RequestScope } from '../policy/actor';
import { User } from '../users/user.entity';
import { Deliverable } from './deliverable.entity';
import { CreateDeliverableInput, UpdateDeliverableInput } from './deliverable.inputs';
import { DeliverableService } from './deliverable.service';

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

  @ResolveField(() => User, { nullable: true, description: 'Who owns it' })
  owner(@Parent() deliverable: Deliverable, @Context() context: GraphqlContext) {
    return deliverable.ownerId ? context.loaders.user.load(deliverable.ownerId) : null;
  }

  @ResolveField(() => Engagement, { nullable: true, description: 'The engagement' })
  engagement(@Parent() deliverable: Deliverable, @Context() context: GraphqlContext) {
    return context.loaders.engagement.load(deliverable.engagementId);
  }
}
