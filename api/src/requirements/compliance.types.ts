import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { FrameworkKey, MappingRelation } from '@portal/catalogs';

import { Evidence } from '../evidence/evidence.entity';
import { EngagementRequirement } from './engagement-requirement.entity';

@ObjectType({
  description: 'Coverage of a framework: applicable requirements with counting evidence',
})
export class Coverage {
  @Field(() => Int, { description: 'Requirements in scope' })
  total: number;

  @Field(() => Int, { description: 'In scope and not marked not applicable' })
  applicable: number;

  @Field(() => Int, { description: 'Applicable and COVERED or COVERED_BY_MAPPING' })
  covered: number;

  @Field(() => Float, { description: 'covered / applicable, in percent, one decimal' })
  percent: number;
}

@ObjectType({ description: 'A framework in an engagement’s scope' })
export class FrameworkScope {
  @Field(() => FrameworkKey, { description: 'Framework' })
  framework: FrameworkKey;

  @Field({ description: 'Framework name' })
  name: string;

  @Field({ description: 'Catalog version the scope was created from' })
  catalogVersion: string;

  @Field(() => Coverage, { description: 'Coverage now' })
  coverage: Coverage;

  engagementId: string;
}

@ObjectType({ description: 'A framework the portal ships a catalog for' })
export class FrameworkCatalogInfo {
  @Field(() => FrameworkKey, { description: 'Framework' })
  key: FrameworkKey;

  @Field({ description: 'Name' })
  name: string;

  @Field({ description: 'Version of the source document' })
  sourceVersion: string;

  @Field({ description: 'Version of our catalog data' })
  catalogVersion: string;

  @Field({ description: 'Source document' })
  source: string;

  @Field(() => Int, { description: 'Number of requirements' })
  requirementCount: number;
}

@ObjectType({
  description: 'Evidence that counts for a requirement through a cross-framework mapping',
})
export class MappedEvidence {
  @Field(() => Evidence, { description: 'The evidence' })
  evidence: Evidence;

  @Field(() => EngagementRequirement, {
    description: 'The requirement the evidence is attached to',
  })
  via: EngagementRequirement;

  @Field(() => MappingRelation, { description: 'How that requirement relates to this one' })
  relation: MappingRelation;

  @Field({ description: 'Where the mapping comes from' })
  source: string;
}
