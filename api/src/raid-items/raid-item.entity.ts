import { Field, ObjectType } from '@nestjs/graphql';
import { EngagementSide, RaidKind, RaidSeverity, RaidStatus, RaidVisibility } from '@portal/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { VersionedEntity } from '../common/versioned.entity';
import { Engagement } from '../engagements/engagement.entity';
import { User } from '../users/user.entity';

@ObjectType({ description: 'A risk, assumption, issue or dependency in an engagement’s RAID log' })
@Entity('raid_items')
@Check('raid_items_author_side', `author_side IN ('AGENCY', 'CLIENT')`)
export class RaidItem extends VersionedEntity {
  @Index()
  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId: string;

  @ManyToOne(() => Engagement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'engagement_id' })
  engagement?: Engagement;

  @Field(() => RaidKind, { description: 'Risk, assumption, issue or dependency' })
  @Column({ type: 'enum', enum: RaidKind, enumName: 'raid_kind' })
  kind: RaidKind;

  @Field({ description: 'Short title' })
  @Column()
  title: string;

  @Field({ description: 'What it is about, and what is done about it' })
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => RaidSeverity, { description: 'How bad it is, or would be' })
  @Column({ type: 'enum', enum: RaidSeverity, enumName: 'raid_severity' })
  severity: RaidSeverity;

  @Field(() => RaidStatus, { description: 'Open or closed' })
  @Column({ type: 'enum', enum: RaidStatus, enumName: 'raid_status', default: RaidStatus.OPEN })
  status: RaidStatus;

  @Field(() => String, { nullable: true, description: 'How it was closed' })
  @Column({ name: 'closing_note', type: 'text', nullable: true })
  closingNote: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was closed' })
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Field(() => RaidVisibility, {
    description: 'CLIENT_VISIBLE for both sides, INTERNAL for the side that wrote it only',
  })
  @Column({ type: 'enum', enum: RaidVisibility, enumName: 'raid_visibility' })
  visibility: RaidVisibility;

  /** A plain column with a check: the side is never a database enum of its own. */
  @Field(() => EngagementSide, { description: 'The side that wrote it' })
  @Column({ name: 'author_side', type: 'varchar', length: 10 })
  authorSide: EngagementSide;

  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id' })
  owner?: User;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;
}
