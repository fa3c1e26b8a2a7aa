import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AssignmentRole, SeatState, Seniority } from '@portal/domain';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { VersionedEntity } from '../common/versioned.entity';
import { Engagement } from '../engagements/engagement.entity';

/**
 * Demand, kept apart from supply: a role an engagement needs. Engineers fill it through
 * assignments (never two overlapping ones, see Assignment); its state follows its candidates
 * and assignments.
 */
@ObjectType({ description: 'A role an engagement needs, filled by assignments' })
@Entity('seats')
@Check('seats_target_allocation_range', '"target_allocation_percent" BETWEEN 1 AND 100')
@Check('seats_dates_ordered', '"needed_until" IS NULL OR "needed_until" >= "needed_from"')
export class Seat extends VersionedEntity {
  @Index()
  @Field(() => ID, { description: 'Engagement the seat belongs to' })
  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId: string;

  @ManyToOne(() => Engagement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'engagement_id' })
  engagement?: Engagement;

  @Field(() => AssignmentRole, { description: 'Role to play' })
  @Column({ type: 'enum', enum: AssignmentRole, enumName: 'assignment_role' })
  role: AssignmentRole;

  @Field(() => Seniority, { description: 'Seniority asked for' })
  @Column({ type: 'enum', enum: Seniority, enumName: 'seniority' })
  seniority: Seniority;

  @Field(() => [String], { description: 'Skills asked for' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  skills: string[];

  @Field(() => Int, { description: 'Share of an engineer’s time the seat needs, 1–100' })
  @Column({ name: 'target_allocation_percent', type: 'integer' })
  targetAllocationPercent: number;

  @Field(() => GraphQLLocalDate, { description: 'First day the seat is needed' })
  @Column({ name: 'needed_from', type: 'date' })
  neededFrom: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day needed, when known' })
  @Column({ name: 'needed_until', type: 'date', nullable: true })
  neededUntil: string | null;

  @Field(() => SeatState, { description: 'Where the seat stands' })
  @Column({ type: 'enum', enum: SeatState, enumName: 'seat_state', default: SeatState.OPEN })
  state: SeatState;

  @Field(() => ID, {
    nullable: true,
    description: 'The scale-up that opened the seat, if one did',
  })
  @Column({ name: 'staffing_change_id', type: 'uuid', nullable: true })
  staffingChangeId: string | null;
}
