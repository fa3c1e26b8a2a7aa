import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ReviewDecision } from '@portal/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { EvidenceVersion } from './evidence-version.entity';

/** A compliance officer's decision on one evidence version; one per version. */
@ObjectType({ description: 'Accept or reject decision on one evidence version' })
@Entity('evidence_reviews')
export class EvidenceReview {
  @Field(() => ID, { description: 'Stable identifier' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Unique: two reviewers deciding at once end with one decision and a CONFLICT. */
  @Column({ name: 'evidence_version_id', type: 'uuid', unique: true })
  evidenceVersionId: string;

  @ManyToOne(() => EvidenceVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'evidence_version_id' })
  evidenceVersion?: EvidenceVersion;

  @Column({ name: 'reviewer_id', type: 'uuid' })
  reviewerId: string;

  @Field(() => ReviewDecision, { description: 'Accepted or rejected' })
  @Column({ type: 'enum', enum: ReviewDecision, enumName: 'review_decision' })
  decision: ReviewDecision;

  @Field({ description: 'Reviewer’s comment' })
  @Column({ type: 'text' })
  comment: string;

  @Field({ description: 'When the decision was made' })
  @CreateDateColumn({ name: 'decided_at', type: 'timestamptz' })
  decidedAt: Date;
}
