import { Field, ObjectType } from '@nestjs/graphql';
import { EvidenceKind } from '@portal/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { VersionedEntity } from '../common/versioned.entity';
import { Engagement } from '../engagements/engagement.entity';

/**
 * A piece of evidence: a file, a link or an attestation. Its content lives in immutable
 * versions; this row holds what stays the same across them, and its links.
 */
@ObjectType({ description: 'Evidence for requirements: a file, a link or a signed attestation' })
@Entity('evidence')
export class Evidence extends VersionedEntity {
  @Index()
  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId: string;

  @ManyToOne(() => Engagement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'engagement_id' })
  engagement?: Engagement;

  @Field(() => EvidenceKind, { description: 'File, link or attestation' })
  @Column({ type: 'enum', enum: EvidenceKind, enumName: 'evidence_kind' })
  kind: EvidenceKind;

  @Field({ description: 'Short title' })
  @Column()
  title: string;

  @Field({ description: 'What it shows' })
  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was withdrawn; withdrawn evidence counts for nothing',
  })
  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was withdrawn' })
  @Column({ name: 'withdrawn_reason', type: 'text', nullable: true })
  withdrawnReason: string | null;
}
