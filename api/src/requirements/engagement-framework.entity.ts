import { FrameworkKey } from '@portal/catalogs';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

import { Engagement } from '../engagements/engagement.entity';

/** A framework in an engagement's scope, pinned to the catalog version it was scoped with. */
@Entity('engagement_frameworks')
@Unique('engagement_frameworks_once', ['engagementId', 'framework'])
export class EngagementFramework {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId: string;

  @ManyToOne(() => Engagement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'engagement_id' })
  engagement?: Engagement;

  @Column({ type: 'enum', enum: FrameworkKey, enumName: 'framework_key' })
  framework: FrameworkKey;

  @Column({ name: 'catalog_version' })
  catalogVersion: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
