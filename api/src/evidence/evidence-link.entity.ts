import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { Deliverable } from '../deliverables/deliverable.entity';
import { EngagementRequirement } from '../requirements/engagement-requirement.entity';
import { Evidence } from './evidence.entity';

/** Evidence attached to an in-scope requirement. */
@Entity('evidence_requirement_links')
export class EvidenceRequirementLink {
  @PrimaryColumn({ name: 'evidence_id', type: 'uuid' })
  evidenceId: string;

  @PrimaryColumn({ name: 'engagement_requirement_id', type: 'uuid' })
  engagementRequirementId: string;

  @ManyToOne(() => Evidence, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'evidence_id' })
  evidence?: Evidence;

  @ManyToOne(() => EngagementRequirement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'engagement_requirement_id' })
  requirement?: EngagementRequirement;

  @Column({ name: 'linked_by_id', type: 'uuid' })
  linkedById: string;

  @CreateDateColumn({ name: 'linked_at', type: 'timestamptz' })
  linkedAt: Date;
}

/** Evidence attached to a deliverable (e.g. the runbook it proves). */
@Entity('evidence_deliverable_links')
export class EvidenceDeliverableLink {
  @PrimaryColumn({ name: 'evidence_id', type: 'uuid' })
  evidenceId: string;

  @PrimaryColumn({ name: 'deliverable_id', type: 'uuid' })
  deliverableId: string;

  @ManyToOne(() => Evidence, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'evidence_id' })
  evidence?: Evidence;

  @ManyToOne(() => Deliverable, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deliverable_id' })
  deliverable?: Deliverable;

  @Column({ name: 'linked_by_id', type: 'uuid' })
  linkedById: string;

  @CreateDateColumn({ name: 'linked_at', type: 'timestamptz' })
  linkedAt: Date;
}
