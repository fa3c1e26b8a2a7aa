import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DeliverableStatus, PinnedVersionKind } from '@portal/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { Deliverable } from './deliverable.entity';

/** One step in a deliverable's life; written with the change, never edited. */
@ObjectType({
  description: 'A change of a deliverable’s status, with who, when, why and which version',
})
@Entity('deliverable_status_changes')
export class DeliverableStatusChange {
  @Field(() => ID, { description: 'Stable identifier' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'deliverable_id', type: 'uuid' })
  deliverableId: string;

  @ManyToOne(() => Deliverable, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deliverable_id' })
  deliverable?: Deliverable;

  /** Copied from the deliverable so the policy scope applies without a join. */
  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId: string;

  @Field(() => DeliverableStatus, {
    nullable: true,
    description: 'Status before; empty at creation',
  })
  @Column({
    name: 'from_status',
    type: 'enum',
    enum: DeliverableStatus,
    enumName: 'deliverable_status',
    nullable: true,
  })
  fromStatus: DeliverableStatus | null;

  @Field(() => DeliverableStatus, { description: 'Status after' })
  @Column({
    name: 'to_status',
    type: 'enum',
    enum: DeliverableStatus,
    enumName: 'deliverable_status',
  })
  toStatus: DeliverableStatus;

  @Column({ name: 'changed_by_id', type: 'uuid' })
  changedById: string;

  @Field({ description: 'When it changed' })
  @CreateDateColumn({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;

  @Field(() => String, { nullable: true, description: 'Why: required when changes are requested' })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

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
}
