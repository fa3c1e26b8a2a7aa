import { Field, ObjectType } from '@nestjs/graphql';
import { StatusReportState } from '@portal/domain';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { VersionedEntity } from '../common/versioned.entity';
import { Engagement } from '../engagements/engagement.entity';
import { StatusReportSnapshot } from './status-report-snapshot.types';

@ObjectType({ description: 'A status report on an engagement: a draft, or published and frozen' })
@Entity('status_reports')
export class StatusReport extends VersionedEntity {
  @Index()
  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId: string;

  @ManyToOne(() => Engagement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'engagement_id' })
  engagement?: Engagement;

  @Field(() => StatusReportState, { description: 'Draft or published' })
  @Column({
    type: 'enum',
    enum: StatusReportState,
    enumName: 'status_report_state',
    default: StatusReportState.DRAFT,
  })
  state: StatusReportState;

  @Field(() => GraphQLLocalDate, { description: 'Start of the period reported on' })
  @Column({ name: 'period_from', type: 'date' })
  periodFrom: string;

  @Field(() => GraphQLLocalDate, { description: 'End of the period reported on' })
  @Column({ name: 'period_to', type: 'date' })
  periodTo: string;

  @Field({ description: 'Summary' })
  @Column({ type: 'text', default: '' })
  summary: string;

  @Field({ description: 'Highlights' })
  @Column({ type: 'text', default: '' })
  highlights: string;

  @Field({ description: 'Risks and next steps' })
  @Column({ name: 'risks_and_next_steps', type: 'text', default: '' })
  risksAndNextSteps: string;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @Field(() => Date, { nullable: true, description: 'When it was published' })
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'published_by_id', type: 'uuid', nullable: true })
  publishedById: string | null;

  @Field(() => StatusReportSnapshot, {
    nullable: true,
    description: 'What the client was told, frozen at publication; empty for drafts',
  })
  @Column({ type: 'jsonb', nullable: true })
  snapshot: StatusReportSnapshot | null;

  @Field(() => String, {
    nullable: true,
    description: 'SHA-256 (hex) of the snapshot in canonical JSON (sorted keys)',
  })
  @Column({ name: 'snapshot_sha256', type: 'varchar', length: 64, nullable: true })
  snapshotSha256: string | null;
}
