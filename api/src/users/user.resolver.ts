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

import { Connection, PageArgs } from '../common/pagination';
import { CurrentScope } from '../graphql/current-scope.decorator';
import { GraphqlContext } from '../graphql/graphql-context';
import { Organization } from '../organizations/organization.entity';
import { RequestScope } from '../policy/actor';
import { PolicyService } from '../policy/policy.service';
import { User } from './user.entity';
import { CreateUserInput } from './user.inputs';
import { UserService } from './user.service';

@ObjectType({ description: 'A page of users' })
export class UserConnection extends Connection(User, 'User') {}

@Resolver(() => User)
export class UserResolver {
  constructor(
    private readonly userService: UserService,
    private readonly policy: PolicyService,
  ) {}

  @Query(() => User, { description: 'The signed-in user' })
  me(@CurrentScope() scope: RequestScope): Promise<User> {
    return this.userService.get(scope.actor, scope.actor.userId);
  }

  @Query(() => UserConnection, { description: 'Users the signed-in user may see, by name' })
  users(
    @CurrentScope() scope: RequestScope,
    @Args() page: PageArgs,
    @Args('organizationId', {
      type: () => ID,
      nullable: true,
      description: 'Only this organization',
    })
    organizationId?: string,
  ) {
    return this.userService.list(scope.actor, page, organizationId);
  }

  @Query(() => User, { description: 'One user by id' })
  user(
    @CurrentScope() scope: RequestScope,
    @Args('id', { type: () => ID, description: 'User id' }) id: string,
  ) {
    return this.userService.get(scope.actor, id);
  }

  @Mutation(() => User, { description: 'Creates a user account (agency admins)' })
  createUser(@CurrentScope() scope: RequestScope, @Args('input') input: CreateUserInput) {
    return this.userService.create(scope, input);
  }

  @Mutation(() => User, {
    description: 'Deactivates a user and ends their sessions at once (agency admins)',
  })
  deactivateUser(
    @CurrentScope() scope: RequestScope,
    @Args('id', { type: () => ID, description: 'User id' }) id: string,
  ) {
    return this.userService.deactivate(scope, id);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Email, shown to the same organization and agency admins',
  })
  email(@Parent() user: User, @CurrentScope() scope: RequestScope): string | null {
    return this.policy.canSeeUserEmail(scope.actor, user.organizationId) ? user.email : null;
  }

  @ResolveField(() => Organization, {
    nullable: true,
    description: 'Organization the user belongs to',
  })
  organization(@Parent() user: User, @Context() context: GraphqlContext) {
    return context.loaders.organization.load(user.organizationId);
  }
}
