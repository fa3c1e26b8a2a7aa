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

import { Deliverable } from '../deliverables/deliverable.entity';
import { Engagement } from '../engagements/engagement.entity';
import { CurrentScope } from '../graphql/current-scope.decorator';
import { GraphqlContext } from '../graphql/graphql-context';
import { RequestScope } from '../policy/actor';
import { Seat } from '../seats/seat.entity';
import { User } from '../users/user.entity';
import { RaidItem } from './raid-item.entity';
import {
  CloseRaidItemInput,
  CreateRaidItemInput,
  ReopenRaidItemInput,
  UpdateRaidItemInput,
} from './raid-item.inputs';
import { RaidItemService } from './raid-item.service';

@Resolver(() => RaidItem)
export class RaidItemResolver {
  constructor(private readonly raidItemService: RaidItemService) {}

  @Query(() => RaidItem, { description: 'One RAID entry by id' })
  raidItem(
    @CurrentScope() scope: RequestScope,
    @Args('id', { type: () => ID, description: 'RAID entry id' }) id: string,
  ) {
    return this.raidItemService.get(scope.actor, id);
  }

  @Mutation(() => RaidItem, {
    description:
      'Adds a RAID entry (agency staff on the engagement, client managers and compliance officers)',
  })
  createRaidItem(@CurrentScope() scope: RequestScope, @Args('input') input: CreateRaidItemInput) {
    return this.raidItemService.create(scope, input);
  }

  @Mutation(() => RaidItem, {
    description: 'Changes a RAID entry; CONFLICT if it changed since read',
  })
  updateRaidItem(@CurrentScope() scope: RequestScope, @Args('input') input: UpdateRaidItemInput) {
    return this.raidItemService.update(scope, input);
  }

  @Mutation(() => RaidItem, { description: 'Closes a RAID entry with a closing note' })
  closeRaidItem(@CurrentScope() scope: RequestScope, @Args('input') input: CloseRaidItemInput) {
    return this.raidItemService.close(scope, input);
  }

  @Mutation(() => RaidItem, { description: 'Opens a closed RAID entry again' })
  reopenRaidItem(@CurrentScope() scope: RequestScope, @Args('input') input: ReopenRaidItemInput) {
    return this.raidItemService.reopen(scope, input);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who owns it' })
  owner(@Parent() item: RaidItem, @Context() context: GraphqlContext) {
    return item.ownerId ? context.loaders.user.load(item.ownerId) : null;
  }

  @ResolveField(() => User, { nullable: true, description: 'Who wrote it' })
  createdBy(@Parent() item: RaidItem, @Context() context: GraphqlContext) {
    return context.loaders.user.load(item.createdById);
  }

  @ResolveField(() => Engagement, { nullable: true, description: 'The engagement' })
  engagement(@Parent() item: RaidItem, @Context() context: GraphqlContext) {
    return context.loaders.engagement.load(item.engagementId);
  }

  @ResolveField(() => [Deliverable], { description: 'Deliverables it concerns' })
  deliverables(@Parent() item: RaidItem, @Context() context: GraphqlContext) {
    return context.loaders.deliverablesByRaidItem.load(item.id);
  }

  @ResolveField(() => [Seat], { description: 'Seats it concerns' })
  seats(@Parent() item: RaidItem, @Context() context: GraphqlContext) {
    return context.loaders.seatsByRaidItem.load(item.id);
  }
}
