import { Inject } from '@nestjs/common';
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
import { EvidenceKind, Freshness } from '@portal/domain';

import { Connection, PageArgs } from '../common/pagination';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Deliverable } from '../deliverables/deliverable.entity';
import { Engagement } from '../engagements/engagement.entity';
import { CurrentScope } from '../graphql/current-scope.decorator';
import { GraphqlContext } from '../graphql/graphql-context';
import { RequestScope } from '../policy/actor';
import { today } from '../requirements/compliance-matrix.service';
import { EngagementRequirement } from '../requirements/engagement-requirement.entity';
import { freshnessOf } from '../requirements/evidence-status';
import { User } from '../users/user.entity';
import { Evidence } from './evidence.entity';
import {
  AddAttestationInput,
  AddLinkEvidenceInput,
  EvidenceLinksInput,
  ReviewEvidenceInput,
  WithdrawEvidenceInput,
} from './evidence.inputs';
import { EvidenceService } from './evidence.service';
import { EvidenceReview } from './evidence-review.entity';
import { EvidenceVersion } from './evidence-version.entity';

export const EVIDENCE_CONTENT_PATH = '/api/evidence-versions/:versionId/content';

@ObjectType({ description: 'A page of evidence' })
export class EvidenceConnection extends Connection(Evidence, 'Evidence') {}

@ObjectType({ description: 'A page of evidence versions' })
export class EvidenceVersionConnection extends Connection(EvidenceVersion, 'EvidenceVersion') {}

@Resolver(() => Evidence)
export class EvidenceResolver {
  constructor(private readonly evidenceService: EvidenceService) {}

  @Query(() => Evidence, { description: 'One evidence by id' })
  evidence(
    @CurrentScope() scope: RequestScope,
    @Args('id', { type: () => ID, description: 'Evidence id' }) id: string,
  ) {
    return this.evidenceService.get(scope.actor, id);
  }

  @Query(() => EvidenceConnection, { description: 'Evidence of an engagement, by title' })
  engagementEvidence(
    @CurrentScope() scope: RequestScope,
    @Args('engagementId', { type: () => ID, description: 'Engagement' }) engagementId: string,
    @Args() page: PageArgs,
  ) {
    return this.evidenceService.listForEngagement(scope.actor, engagementId, page);
  }

  @Query(() => EvidenceVersionConnection, {
    description: 'Latest evidence versions waiting for review, oldest first',
  })
  evidenceReviewQueue(
    @CurrentScope() scope: RequestScope,
    @Args() page: PageArgs,
    @Args('engagementId', { type: () => ID, nullable: true, description: 'Only this engagement' })
    engagementId?: string,
  ) {
    return this.evidenceService.reviewQueue(scope.actor, page, engagementId);
  }

  @Mutation(() => Evidence, { description: 'Adds evidence that lives at a URL' })
  async addLinkEvidence(
    @CurrentScope() scope: RequestScope,
    @Args('input') input: AddLinkEvidenceInput,
  ) {
    return (await this.evidenceService.addLink(scope, input)).evidence;
  }

  @Mutation(() => Evidence, { description: 'Adds a statement signed by the signed-in user' })
  async addAttestation(
    @CurrentScope() scope: RequestScope,
    @Args('input') input: AddAttestationInput,
  ) {
    return (await this.evidenceService.addAttestation(scope, input)).evidence;
  }

  @Mutation(() => Evidence, { description: 'Attaches evidence to requirements and deliverables' })
  linkEvidence(@CurrentScope() scope: RequestScope, @Args('input') input: EvidenceLinksInput) {
    return this.evidenceService.link(scope, input);
  }

  @Mutation(() => Evidence, { description: 'Detaches evidence from requirements and deliverables' })
  unlinkEvidence(@CurrentScope() scope: RequestScope, @Args('input') input: EvidenceLinksInput) {
    return this.evidenceService.unlink(scope, input);
  }

  @Mutation(() => EvidenceReview, {
    description: 'Accepts or rejects one version (compliance officers)',
  })
  reviewEvidence(@CurrentScope() scope: RequestScope, @Args('input') input: ReviewEvidenceInput) {
    return this.evidenceService.review(scope, input);
  }

  @Mutation(() => Evidence, {
    description: 'Withdraws evidence, with a reason; its versions are kept',
  })
  withdrawEvidence(
    @CurrentScope() scope: RequestScope,
    @Args('input') input: WithdrawEvidenceInput,
  ) {
    return this.evidenceService.withdraw(scope, input);
  }

  @ResolveField(() => [EvidenceVersion], { description: 'Versions, oldest first' })
  versions(@Parent() evidence: Evidence, @Context() context: GraphqlContext) {
    return context.loaders.versionsByEvidence.load(evidence.id);
  }

  @ResolveField(() => EvidenceVersion, { nullable: true, description: 'The newest version' })
  async latestVersion(@Parent() evidence: Evidence, @Context() context: GraphqlContext) {
    return (await context.loaders.versionsByEvidence.load(evidence.id)).at(-1) ?? null;
  }

  @ResolveField(() => [EngagementRequirement], { description: 'Requirements it is attached to' })
  requirements(@Parent() evidence: Evidence, @Context() context: GraphqlContext) {
    return context.loaders.requirementsByEvidence.load(evidence.id);
  }

  @ResolveField(() => [Deliverable], { description: 'Deliverables it is attached to' })
  deliverables(@Parent() evidence: Evidence, @Context() context: GraphqlContext) {
    return context.loaders.deliverablesByEvidence.load(evidence.id);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who added it' })
  createdBy(@Parent() evidence: Evidence, @Context() context: GraphqlContext) {
    return context.loaders.user.load(evidence.createdById);
  }

  @ResolveField(() => Engagement, { nullable: true, description: 'The engagement' })
  engagement(@Parent() evidence: Evidence, @Context() context: GraphqlContext) {
    return context.loaders.engagement.load(evidence.engagementId);
  }
}

@Resolver(() => EvidenceVersion)
export class EvidenceVersionResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @ResolveField(() => Evidence, {
    nullable: true,
    description: 'The evidence this version belongs to',
  })
  evidence(@Parent() version: EvidenceVersion, @Context() context: GraphqlContext) {
    return context.loaders.evidence.load(version.evidenceId);
  }

  @ResolveField(() => EvidenceReview, {
    nullable: true,
    description: 'The decision on this version, if any',
  })
  review(@Parent() version: EvidenceVersion, @Context() context: GraphqlContext) {
    return context.loaders.reviewByVersion.load(version.id);
  }

  @ResolveField(() => Freshness, {
    description: 'Fresh, expiring soon or expired, from validUntil',
  })
  freshness(@Parent() version: EvidenceVersion): Freshness {
    return freshnessOf(version.validUntil, today(), this.config.EVIDENCE_EXPIRY_WARNING_DAYS);
  }

  @ResolveField(() => User, {
    nullable: true,
    description: 'Who added it; for attestations, who signed',
  })
  createdBy(@Parent() version: EvidenceVersion, @Context() context: GraphqlContext) {
    return context.loaders.user.load(version.createdById);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Where to download the file (with the bearer token)',
  })
  async downloadPath(@Parent() version: EvidenceVersion, @Context() context: GraphqlContext) {
    const evidence = await context.loaders.evidence.load(version.evidenceId);

    return evidence?.kind === EvidenceKind.FILE
      ? EVIDENCE_CONTENT_PATH.replace(':versionId', version.id)
      : null;
  }
}

@Resolver(() => EvidenceReview)
export class EvidenceReviewResolver {
  @ResolveField(() => User, { nullable: true, description: 'Who decided' })
  reviewer(@Parent() review: EvidenceReview, @Context() context: GraphqlContext) {
    return context.loaders.user.load(review.reviewerId);
  }
}
