import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { Seat } from '../seats/seat.entity';
import { RaidItem } from './raid-item.entity';

/** A seat a RAID entry is about, e.g. an open seat whose need puts a milestone at risk. */
@Entity('raid_item_seat_links')
export class RaidItemSeatLink {
  @PrimaryColumn({ name: 'raid_item_id', type: 'uuid' })
  raidItemId: string;

  @PrimaryColumn({ name: 'seat_id', type: 'uuid' })
  seatId: string;

  @ManyToOne(() => RaidItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'raid_item_id' })
  raidItem?: RaidItem;

  @ManyToOne(() => Seat, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'seat_id' })
  seat?: Seat;

  @CreateDateColumn({ name: 'linked_at', type: 'timestamptz' })
  linkedAt: Date;
}
