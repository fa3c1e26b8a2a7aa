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
import {
  catalogFor,
  CATALOGS,
  findRequirement,
  FrameworkKey,
  MappingRelation,
} from '@portal/catalogs';
import { EvidenceStatus, Freshness } from '@portal/domain';

import { Connection } from '../common/pagination';
import { Engagement } from '../engagements/engagement.entity';
import { Evidence } from '../evidence/evidence.entity';
import { CurrentScope } from '../graphql/current-scope.decorator';
import { GraphqlContext } from '../graphql/graphql-context';
import { RequestScope } from '../policy/actor';
import { User } from '../users/user.entity';
import { FrameworkCatalogInfo, FrameworkScope, MappedEvidence } from './compliance.types';
import { EngagementRequirement } from './engagement-requirement.entity';
import { coverageOf } from './evidence-status';
import {
  RequirementPageArgs,
  SetEngagementFrameworksInput,
  UpdateEngagementRequirementInput,
} from './requirement.inputs';
import { RequirementService } from './requirement.service';

@ObjectType({ description: 'A page of in-scope requirements' })
export class EngagementRequirementConnection extends Connection(
  EngagementRequirement,
  'EngagementRequirement',
) {}

@Resolver(() => EngagementRequirement)
export class RequirementResolver {
  constructor(private readonly requirementService: RequirementService) {}

  @Query(() => [FrameworkCatalogInfo], { description: 'Frameworks the portal ships catalogs for' })
  frameworkCatalogs(): FrameworkCatalogInfo[] {
    return CATALOGS.map((catalog) => ({
      key: catalog.key,
      name: catalog.name,
      sourceVersion: catalog.sourceVersion,
      catalogVersion: catalog.catalogVersion,
      source: catalog.source,
      requirementCount: catalog.requirements.length,
    }));
  }

  @Query(() => EngagementRequirementConnection, {
    description: 'The requirement matrix of one framework, in catalog order',
  })
  engagementRequirements(@CurrentScope() scope: RequestScope, @Args() args: RequirementPageArgs) {
    return this.requirementService.list(scope.actor, args);
  }

  @Query(() => EngagementRequirement, { description: 'One in-scope requirement by id' })
  engagementRequirement(
    @CurrentScope() scope: RequestScope,
    @Args('id', { type: () => ID, description: 'Requirement id' }) id: string,
  ) {
    return this.requirementService.get(scope.actor, id);
  }

  @Mutation(() => Engagement, { description: 'Sets the frameworks in an engagement’s scope' })
  setEngagementFrameworks(
    @CurrentScope() scope: RequestScope,
    @Args('input') input: SetEngagementFrameworksInput,
  ) {
    return this.requirementService.setFrameworks(scope, input);
  }

  @Mutation(() => EngagementRequirement, {
    description: 'Changes status, justification or owner of a requirement',
  })
  updateEngagementRequirement(
    @CurrentScope() scope: RequestScope,
    @Args('input') input: UpdateEngagementRequirementInput,
  ) {
    return this.requirementService.update(scope, input);
  }

  @ResolveField(() => String, { description: 'Short title in our own words' })
  title(@Parent() requirement: EngagementRequirement): string {
    return (
      findRequirement({ framework: requirement.framework, reference: requirement.reference })
        ?.title ?? ''
    );
  }

  @ResolveField(() => String, {
    description: 'Group within the framework, e.g. Technological controls',
  })
  group(@Parent() requirement: EngagementRequirement): string {
    return (
      findRequirement({ framework: requirement.framework, reference: requirement.reference })
        ?.group ?? ''
    );
  }

  @ResolveField(() => User, { nullable: true, description: 'Who owns it' })
  owner(@Parent() requirement: EngagementRequirement, @Context() context: GraphqlContext) {
    return requirement.ownerId ? context.loaders.user.load(requirement.ownerId) : null;
  }

  @ResolveField(() => EvidenceStatus, {
    description: 'What the evidence says, by the documented rule',
  })
  async evidenceStatus(
    @Parent() requirement: EngagementRequirement,
    @Context() context: GraphqlContext,
  ) {
    return (await this.view(requirement, context)).evidenceStatus;
  }

  @ResolveField(() => Freshness, {
    nullable: true,
    description: 'Freshness of the best accepted evidence',
  })
  async freshness(
    @Parent() requirement: EngagementRequirement,
    @Context() context: GraphqlContext,
  ) {
    return (await this.view(requirement, context)).freshness;
  }

  @ResolveField(() => [Evidence], { description: 'Evidence attached to this requirement' })
  async evidence(@Parent() requirement: EngagementRequirement, @Context() context: GraphqlContext) {
    const view = await this.view(requirement, context);
    const evidence = await context.loaders.evidence.loadMany(view.direct);

    return evidence.filter((item): item is Evidence => item instanceof Evidence);
  }

  @ResolveField(() => [MappedEvidence], {
    description: 'Evidence on mapped requirements of other frameworks',
  })
  async mappedEvidence(
    @Parent() requirement: EngagementRequirement,
    @Context() context: GraphqlContext,
  ) {
    const view = await this.view(requirement, context);
    const rows = await Promise.all(
      view.viaMapping.map(async (item) => ({
        evidence: await context.loaders.evidence.load(item.evidenceId),
        via: await context.loaders.requirement.load(item.viaRequirementId),
        relation: item.relation as MappingRelation,
        source: item.source,
      })),
    );

    return rows.filter((row) => row.evidence && row.via);
  }

  private async view(requirement: EngagementRequirement, context: GraphqlContext) {
    const matrix = await context.loaders.complianceMatrix.load(requirement.engagementId);

    return matrix.views.get(requirement.id)!;
  }
}

@Resolver(() => Engagement)
export class EngagementComplianceResolver {
  @ResolveField(() => [FrameworkScope], { description: 'Frameworks in scope, with coverage' })
  async frameworks(
    @Parent() engagement: Engagement,
    @Context() context: GraphqlContext,
  ): Promise<FrameworkScope[]> {
    const scoped = await context.loaders.frameworksByEngagement.load(engagement.id);
    if (scoped.length === 0) return [];
    const matrix = await context.loaders.complianceMatrix.load(engagement.id);

    return scoped.map((item) => ({
      engagementId: engagement.id,
      framework: item.framework,
      name: catalogFor(item.framework as FrameworkKey).name,
      catalogVersion: item.catalogVersion,
      coverage: coverageOf(
        matrix.requirements
          .filter((requirement) => requirement.framework === item.framework)
          .map((requirement) => matrix.views.get(requirement.id)!.evidenceStatus),
      ),
    }));
  }
}
