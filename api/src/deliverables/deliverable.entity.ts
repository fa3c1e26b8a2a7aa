import { Field, ObjectType } from '@nestjs/graphql';
import { DeliverableStatus, DeliverableType, PinnedVersionKind } from '@portal/domain';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { VersionedEntity } from '../common/versioned.entity';
import { Engagement } from '../engagements/engagement.entity';
import { Milestone } from '../milestones/milestone.entity';
import { User } from '../users/user.entity';

@ObjectType({ description: 'Something the agency hands over on an engagement' })
@Entity('deliverables')
export class Deliverable extends VersionedEntity {
  @Index()
  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId: string;

  @ManyToOne(() => Engagement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'engagement_id' })
  engagement?: Engagement;

  @Field({ description: 'Short title' })
  @Column()
  title: string;

  @Field({ description: 'What will be delivered and how it is accepted' })
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => DeliverableType, { description: 'Kind of deliverable' })
  @Column({ type: 'enum', enum: DeliverableType, enumName: 'deliverable_type' })
  type: DeliverableType;

  @Field(() => DeliverableStatus, { description: 'Progress' })
  @Column({ type: 'enum', enum: DeliverableStatus, enumName: 'deliverable_status' })
  status: DeliverableStatus;

  @Field(() => GraphQLLocalDate, { description: 'When it is due' })
  @Column({ name: 'due_date', type: 'date' })
  dueDate: string;

  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id' })
  owner?: User;

  @Index()
  @Column({ name: 'milestone_id', type: 'uuid', nullable: true })
  milestoneId: string | null;

  @ManyToOne(() => Milestone, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'milestone_id' })
  milestone?: Milestone;

  /** The version last submitted; sign-off is about exactly this one. */
  @Column({
    name: 'pinned_kind',
    type: 'enum',
    enum: PinnedVersionKind,
    enumName: 'pinned_version_kind',
    nullable: true,
  })
  pinnedKind: PinnedVersionKind | null;

  @Column({ name: 'pinned_value', type: 'text', nullable: true })
  pinnedValue: string | null;

  @Column({ name: 'pinned_url', type: 'text', nullable: true })
  pinnedUrl: string | null;

  @Field(() => Date, { nullable: true, description: 'When the pinned version was last submitted' })
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;
}
