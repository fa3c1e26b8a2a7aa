import { Args, ID, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';

import { Connection, PageArgs } from '../common/pagination';
import { CurrentScope } from '../graphql/current-scope.decorator';
import { RequestScope } from '../policy/actor';
import { Organization } from './organization.entity';
import { CreateOrganizationInput } from './organization.inputs';
import { OrganizationService } from './organization.service';

@ObjectType({ description: 'A page of organizations' })
export class OrganizationConnection extends Connection(Organization, 'Organization') {}

@Resolver(() => Organization)
export class OrganizationResolver {
  constructor(private readonly organizationService: OrganizationService) {}

  @Query(() => OrganizationConnection, {
    description: 'Organizations the signed-in user may see, by name',
  })
  organizations(@CurrentScope() scope: RequestScope, @Args() page: PageArgs) {
    return this.organizationService.list(scope.actor, page);
  }

  @Query(() => Organization, { description: 'One organization by id' })
  organization(
    @CurrentScope() scope: RequestScope,
    @Args('id', { type: () => ID, description: 'Organization id' }) id: string,
  ) {
    return this.organizationService.get(scope.actor, id);
  }

  @Mutation(() => Organization, { description: 'Creates a client or audit firm (agency admins)' })
  createOrganization(
    @CurrentScope() scope: RequestScope,
    @Args('input') input: CreateOrganizationInput,
  ) {
    return this.organizationService.create(scope, input);
  }
}
