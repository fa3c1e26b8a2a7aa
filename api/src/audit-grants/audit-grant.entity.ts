import { Field, ID, ObjectType } from '@nestjs/graphql';
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
import { User } from '../users/user.entity';

/** Read-only access for one auditor to one engagement, some frameworks and a period, until it expires. */
@ObjectType({
  description: 'An auditor’s read-only access to an engagement, frameworks and an audit period',
})
@Entity('audit_grants')
export class AuditGrant {
  @Field(() => ID, { description: 'Stable identifier' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'auditor_id', type: 'uuid' })
  auditorId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'auditor_id' })
  auditor?: User;

  @Index()
  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId: string;

  @ManyToOne(() => Engagement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'engagement_id' })
  engagement?: Engagement;

  @Field(() => [FrameworkKey], { description: 'Frameworks the auditor may see' })
  @Column({ type: 'enum', enum: FrameworkKey, enumName: 'framework_key', array: true })
  frameworks: FrameworkKey[];

  @Field(() => GraphQLLocalDate, { description: 'First day of the audit period' })
  @Column({ name: 'period_from', type: 'date' })
  periodFrom: string;

  @Field(() => GraphQLLocalDate, { description: 'Last day of the audit period' })
  @Column({ name: 'period_to', type: 'date' })
  periodTo: string;

  @Field({ description: 'When access ends, without anyone acting' })
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'granted_by_id', type: 'uuid' })
  grantedById: string;

  @Field(() => Date, { nullable: true, description: 'When it was revoked early' })
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Field({ description: 'When it was granted' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
