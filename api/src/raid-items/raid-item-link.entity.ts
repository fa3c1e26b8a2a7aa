import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { Deliverable } from '../deliverables/deliverable.entity';
import { RaidItem } from './raid-item.entity';

/**
 * A deliverable a RAID entry is about. Seats have a link table of their own next to this one
 * (RaidItemSeatLink), so each link keeps a real foreign key.
 */
@Entity('raid_item_deliverable_links')
export class RaidItemDeliverableLink {
  @PrimaryColumn({ name: 'raid_item_id', type: 'uuid' })
  raidItemId: string;

  @PrimaryColumn({ name: 'deliverable_id', type: 'uuid' })
  deliverableId: string;

  @ManyToOne(() => RaidItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'raid_item_id' })
  raidItem?: RaidItem;

  @ManyToOne(() => Deliverable, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deliverable_id' })
  deliverable?: Deliverable;

  @CreateDateColumn({ name: 'linked_at', type: 'timestamptz' })
  linkedAt: Date;
}
