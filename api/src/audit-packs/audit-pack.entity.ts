import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { FrameworkKey } from '@portal/catalogs';
import { GraphQLLocalDate } from 'graphql-scalars';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { Engagement } from '../engagements/engagement.entity';

export enum AuditPackStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

registerEnumType(AuditPackStatus, {
  name: 'AuditPackStatus',
  description: 'Where an export stands',
});

/** An export of an engagement's evidence for some frameworks and an audit period, and its result. */
@ObjectType({ description: 'An audit pack export job and its signed result' })
@Entity('audit_packs')
export class AuditPack {
  @Field(() => ID, { description: 'Pack id, also written in the manifest' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId: string;

  @ManyToOne(() => Engagement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'engagement_id' })
  engagement?: Engagement;

  @Field(() => [FrameworkKey], { description: 'Frameworks in the pack' })
  @Column({ type: 'enum', enum: FrameworkKey, enumName: 'framework_key', array: true })
  frameworks: FrameworkKey[];

  @Field(() => GraphQLLocalDate, { description: 'First day of the audit period' })
  @Column({ name: 'period_from', type: 'date' })
  periodFrom: string;

  @Field(() => GraphQLLocalDate, { description: 'Last day of the audit period' })
  @Column({ name: 'period_to', type: 'date' })
  periodTo: string;

  @Field(() => AuditPackStatus, { description: 'Queued, running, succeeded or failed' })
  @Column({ type: 'enum', enum: AuditPackStatus, enumName: 'audit_pack_status' })
  status: AuditPackStatus;

  @Field(() => Int, { description: 'Progress, 0 to 100' })
  @Column({ type: 'integer', default: 0 })
  progress: number;

  @Column({ name: 'requested_by_id', type: 'uuid' })
  requestedById: string;

  @Field({ description: 'When it was requested' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the export finished' })
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the ZIP' })
  @Column({ type: 'text', nullable: true })
  sha256: string | null;

  @Field(() => Number, { nullable: true, description: 'Size of the ZIP in bytes' })
  @Column({
    name: 'size_bytes',
    type: 'bigint',
    nullable: true,
    transformer: { to: (value) => value, from: (value) => (value === null ? null : Number(value)) },
  })
  sizeBytes: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Fingerprint of the key that signed the manifest',
  })
  @Column({ name: 'key_fingerprint', type: 'text', nullable: true })
  keyFingerprint: string | null;

  @Field(() => Int, { description: 'Attempts so far' })
  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed' })
  @Column({ type: 'text', nullable: true })
  error: string | null;
}
