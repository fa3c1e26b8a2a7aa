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
import { AuditGrant } from './audit-grant.entity';
import { GrantAuditAccessInput } from './audit-grant.inputs';
import { AuditGrantService } from './audit-grant.service';

@Resolver(() => AuditGrant)
export class AuditGrantResolver {
  constructor(private readonly auditGrantService: AuditGrantService) {}

  @Query(() => [AuditGrant], {
    description: 'Auditor grants of an engagement (compliance officers, agency admins)',
  })
  auditGrants(
    @CurrentScope() scope: RequestScope,
    @Args('engagementId', { type: () => ID, description: 'Engagement' }) engagementId: string,
  ) {
    return this.auditGrantService.forEngagement(scope.actor, engagementId);
  }

  @Query(() => [AuditGrant], { description: 'The signed-in auditor’s active grants' })
  myAuditGrants(@CurrentScope() scope: RequestScope) {
    return this.auditGrantService.mine(scope.actor);
  }

  @Mutation(() => AuditGrant, { description: 'Gives an auditor read-only access until it expires' })
  grantAuditAccess(
    @CurrentScope() scope: RequestScope,
    @Args('input') input: GrantAuditAccessInput,
  ) {
    return this.auditGrantService.grant(scope, input);
  }

  @Mutation(() => AuditGrant, { description: 'Ends an auditor’s access now' })
  revokeAuditAccess(
    @CurrentScope() scope: RequestScope,
    @Args('id', { type: () => ID, description: 'Grant id' }) id: string,
  ) {
    return this.auditGrantService.revoke(scope, id);
  }

  @ResolveField(() => User, { nullable: true, description: 'The auditor' })
  auditor(@Parent() grant: AuditGrant, @Context() context: GraphqlContext) {
    return context.loaders.user.load(grant.auditorId);
  }

  @ResolveField(() => Engagement, { nullable: true, description: 'The engagement' })
  engagement(@Parent() grant: AuditGrant, @Context() context: GraphqlContext) {
    return context.loaders.engagement.load(grant.engagementId);
  }
}
