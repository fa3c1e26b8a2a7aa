import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

import { Evidence } from './evidence.entity';

/**
 * One immutable upload (or link, or attestation) of an evidence. Identified by the SHA-256 of
 * its content; carries the period it covers and how long it stays valid, apart from when it
 * was uploaded.
 */
@ObjectType({ description: 'One immutable version of an evidence' })
@Entity('evidence_versions')
@Unique('evidence_versions_numbered_once', ['evidenceId', 'number'])
@Check(
  'evidence_versions_period_ordered',
  '"covers_to" IS NULL OR "covers_from" IS NULL OR "covers_to" >= "covers_from"',
)
export class EvidenceVersion {
  @Field(() => ID, { description: 'Stable identifier' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'evidence_id', type: 'uuid' })
  evidenceId: string;

  @ManyToOne(() => Evidence, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'evidence_id' })
  evidence?: Evidence;

  @Field(() => Int, { description: 'Version number, from 1' })
  @Column({ type: 'integer' })
  number: number;

  @Field({ description: 'SHA-256 of the content (file bytes, link URL or statement text), hex' })
  @Column({ length: 64 })
  sha256: string;

  @Field(() => Int, { nullable: true, description: 'Size in bytes, for files' })
  @Column({
    name: 'size_bytes',
    type: 'bigint',
    nullable: true,
    transformer: { to: (value) => value, from: (value) => (value === null ? null : Number(value)) },
  })
  sizeBytes: number | null;

  @Field(() => String, { nullable: true, description: 'File name as uploaded (display only)' })
  @Column({ name: 'file_name', type: 'text', nullable: true })
  fileName: string | null;

  @Field(() => String, { nullable: true, description: 'Content type detected from the bytes' })
  @Column({ name: 'content_type', type: 'text', nullable: true })
  contentType: string | null;

  @Field(() => String, { nullable: true, description: 'The link, for link evidence' })
  @Column({ type: 'text', nullable: true })
  url: string | null;

  @Field(() => String, { nullable: true, description: 'The statement, for attestations' })
  @Column({ type: 'text', nullable: true })
  statement: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'First day the evidence covers' })
  @Column({ name: 'covers_from', type: 'date', nullable: true })
  coversFrom: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day the evidence covers' })
  @Column({ name: 'covers_to', type: 'date', nullable: true })
  coversTo: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day the evidence is valid' })
  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil: string | null;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @Field({ description: 'When it was added' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
