import { Field, Int, ObjectType } from '@nestjs/graphql';
import { AssignmentRole } from '@portal/domain';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Check, Column, Entity, Exclusion, Index, JoinColumn, ManyToOne } from 'typeorm';

import { VersionedEntity } from '../common/versioned.entity';
import { Engagement } from '../engagements/engagement.entity';
import { EngineerProfile } from '../engineers/engineer-profile.entity';
import { Seat } from '../seats/seat.entity';

/**
 * Supply: an engineer in a seat for a date range. Ending one keeps the row: history stays.
 * The database refuses two assignments of one seat whose days overlap (needs btree_gist).
 */
@ObjectType({ description: 'An engineer in a seat of an engagement, with allocation and dates' })
@Entity('assignments')
@Exclusion(
  'assignments_seat_no_overlap',
  `USING gist ("seat_id" WITH =, daterange("start_date", "end_date", '[]') WITH &&)`,
)
@Check('assignments_allocation_range', '"allocation_percent" BETWEEN 1 AND 100')
@Check('assignments_dates_ordered', '"end_date" IS NULL OR "end_date" >= "start_date"')
export class Assignment extends VersionedEntity {
  @Index()
  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId: string;

  @ManyToOne(() => Engagement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'engagement_id' })
  engagement?: Engagement;

  @Index()
  @Column({ name: 'seat_id', type: 'uuid' })
  seatId: string;

  @ManyToOne(() => Seat, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'seat_id' })
  seat?: Seat;

  @Index()
  @Column({ name: 'engineer_id', type: 'uuid' })
  engineerId: string;

  @ManyToOne(() => EngineerProfile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'engineer_id' })
  engineer?: EngineerProfile;

  @Field(() => AssignmentRole, { description: 'Role played on the engagement' })
  @Column({ type: 'enum', enum: AssignmentRole, enumName: 'assignment_role' })
  role: AssignmentRole;

  @Field(() => Int, { description: 'Share of the engineer’s time, 1–100' })
  @Column({ name: 'allocation_percent', type: 'integer' })
  allocationPercent: number;

  @Field(() => GraphQLLocalDate, { description: 'First day on the engagement' })
  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day, when known' })
  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;
}
