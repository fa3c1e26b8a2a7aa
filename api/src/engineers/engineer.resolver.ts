import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';

import { AllocationPeriod } from '../assignments/allocation-period';
import { Assignment } from '../assignments/assignment.entity';
import { Connection, PageArgs } from '../common/pagination';
import { CurrentScope } from '../graphql/current-scope.decorator';
import { GraphqlContext } from '../graphql/graphql-context';
import { RequestScope } from '../policy/actor';
import { PolicyService } from '../policy/policy.service';
import {
  CreateEngineerProfileInput,
  EngineerFilter,
  UpdateEngineerProfileInput,
} from './engineer.inputs';
import { EngineerService } from './engineer.service';
import { EngineerProfile } from './engineer-profile.entity';

@ObjectType({ description: 'A page of engineers' })
export class EngineerProfileConnection extends Connection(EngineerProfile, 'EngineerProfile') {}

@Resolver(() => EngineerProfile)
export class EngineerResolver {
  constructor(
    private readonly engineerService: EngineerService,
    private readonly policy: PolicyService,
  ) {}

  @Query(() => EngineerProfileConnection, {
    description: 'Engineers the signed-in user may see, by name',
  })
  engineers(
    @CurrentScope() scope: RequestScope,
    @Args() page: PageArgs,
    @Args('filter', { nullable: true, description: 'Narrows the list' }) filter?: EngineerFilter,
  ) {
    return this.engineerService.list(scope.actor, page, filter ?? {});
  }

  @Query(() => EngineerProfile, { description: 'One engineer by id' })
  engineer(
    @CurrentScope() scope: RequestScope,
    @Args('id', { type: () => ID, description: 'Engineer id' }) id: string,
  ) {
    return this.engineerService.get(scope.actor, id);
  }

  @Mutation(() => EngineerProfile, {
    description: 'Adds an engineer (agency admins and account leads)',
  })
  createEngineerProfile(
    @CurrentScope() scope: RequestScope,
    @Args('input') input: CreateEngineerProfileInput,
  ) {
    return this.engineerService.create(scope, input);
  }

  @Mutation(() => EngineerProfile, {
    description: 'Changes an engineer profile; CONFLICT if it changed since read',
  })
  updateEngineerProfile(
    @CurrentScope() scope: RequestScope,
    @Args('input') input: UpdateEngineerProfileInput,
  ) {
    return this.engineerService.update(scope, input);
  }

  @ResolveField(() => String, { nullable: true, description: 'Work email; null for client roles' })
  contactEmail(@Parent() engineer: EngineerProfile, @CurrentScope() scope: RequestScope) {
    return this.policy.canSeeEngineerPersonalData(scope.actor, engineer)
      ? engineer.contactEmail
      : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Phone; null for client roles' })
  contactPhone(@Parent() engineer: EngineerProfile, @CurrentScope() scope: RequestScope) {
    return this.policy.canSeeEngineerPersonalData(scope.actor, engineer)
      ? engineer.contactPhone
      : null;
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'Day rate in euros; null for client roles',
  })
  dayRateEur(@Parent() engineer: EngineerProfile, @CurrentScope() scope: RequestScope) {
    return this.policy.canSeeEngineerPersonalData(scope.actor, engineer)
      ? engineer.dayRateEur
      : null;
  }

  @ResolveField(() => Int, {
    nullable: true,
    description:
      'Highest total allocation on any day across all engagements; null for client roles',
  })
  async peakAllocationPercent(
    @Parent() engineer: EngineerProfile,
    @CurrentScope() scope: RequestScope,
    @Context() context: GraphqlContext,
  ) {
    if (!this.policy.canSeeAllocationAcrossEngagements(scope.actor)) return null;

    return (await context.loaders.allocationByEngineer.load(engineer.id)).peakPercent;
  }

  @ResolveField(() => [AllocationPeriod], {
    nullable: true,
    description:
      'Periods in which the engineer is booked over 100 % across all engagements; null for client roles',
  })
  async overAllocations(
    @Parent() engineer: EngineerProfile,
    @CurrentScope() scope: RequestScope,
    @Context() context: GraphqlContext,
  ) {
    if (!this.policy.canSeeAllocationAcrossEngagements(scope.actor)) return null;

    return (await context.loaders.allocationByEngineer.load(engineer.id)).overAllocated;
  }

  @ResolveField(() => [Assignment], {
    description: 'Assignments on engagements the signed-in user may see',
  })
  assignments(@Parent() engineer: EngineerProfile, @Context() context: GraphqlContext) {
    return context.loaders.assignmentsByEngineer.load(engineer.id);
  }
}
