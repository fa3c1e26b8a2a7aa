import { Field, ObjectType } from '@nestjs/graphql';
import { FrameworkKey } from '@portal/catalogs';
import { RequirementStatus } from '@portal/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';

import { VersionedEntity } from '../common/versioned.entity';
import { Engagement } from '../engagements/engagement.entity';
import { User } from '../users/user.entity';

/** A catalog requirement in an engagement's scope, with its owner and status. */
@ObjectType({ description: 'A requirement in an engagement’s scope' })
@Entity('engagement_requirements')
@Unique('engagement_requirements_once', ['engagementId', 'framework', 'reference'])
@Check(
  'engagement_requirements_justified',
  `"status" <> 'NOT_APPLICABLE' OR length(trim(coalesce("justification", ''))) > 0`,
)
export class EngagementRequirement extends VersionedEntity {
  @Index()
  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId: string;

  @ManyToOne(() => Engagement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'engagement_id' })
  engagement?: Engagement;

  @Field(() => FrameworkKey, { description: 'Framework' })
  @Column({ type: 'enum', enum: FrameworkKey, enumName: 'framework_key' })
  framework: FrameworkKey;

  @Field({ description: 'Official reference, e.g. A.8.15 or CC6.1' })
  @Column()
  reference: string;

  /** Order of the requirement in its catalog, for listing in official order. */
  @Column({ type: 'integer' })
  position: number;

  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id' })
  owner?: User;

  @Field(() => RequirementStatus, { description: 'Status set by the owner or compliance officer' })
  @Column({ type: 'enum', enum: RequirementStatus, enumName: 'requirement_status' })
  status: RequirementStatus;

  @Field(() => String, { nullable: true, description: 'Why it is not applicable (mandatory then)' })
  @Column({ type: 'text', nullable: true })
  justification: string | null;
}
