import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AssignmentRole, Seniority, StaffingChangeKind, StaffingChangeState } from '@portal/domain';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { VersionedEntity } from '../common/versioned.entity';
import { Engagement } from '../engagements/engagement.entity';

/**
 * A request to change a team, kept as a record of its own: what, from when, who asked, and
 * who approved it for the client and for the agency. Applying it closes and opens assignment
 * rows on the effective date; the kind-specific columns say what it touched.
 */
@ObjectType({ description: 'A request to scale, release, re-allocate, swap or extend' })
@Entity('staffing_changes')
@Check('staffing_changes_allocation_range', '"allocation_percent" BETWEEN 1 AND 100')
@Check('staffing_changes_seat_count_range', '"seat_count" BETWEEN 1 AND 20')
export class StaffingChange extends VersionedEntity {
  @Index()
  @Field(() => ID, { description: 'Engagement whose team changes' })
  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId: string;

  @ManyToOne(() => Engagement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'engagement_id' })
  engagement?: Engagement;

  @Field(() => StaffingChangeKind, { description: 'What is asked for' })
  @Column({ type: 'enum', enum: StaffingChangeKind, enumName: 'staffing_change_kind' })
  kind: StaffingChangeKind;

  @Field(() => StaffingChangeState, { description: 'Where the request stands' })
  @Column({
    type: 'enum',
    enum: StaffingChangeState,
    enumName: 'staffing_change_state',
    default: StaffingChangeState.PENDING,
  })
  state: StaffingChangeState;

  @Field(() => GraphQLLocalDate, { description: 'First day the team looks different' })
  @Column({ name: 'effective_date', type: 'date' })
  effectiveDate: string;

  @Field({ description: 'Why the change is asked for' })
  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'requested_by_id', type: 'uuid' })
  requestedById: string;

  @Column({ name: 'client_approved_by_id', type: 'uuid', nullable: true })
  clientApprovedById: string | null;

  @Field(() => Date, { nullable: true, description: 'When the client manager approved' })
  @Column({ name: 'client_approved_at', type: 'timestamptz', nullable: true })
  clientApprovedAt: Date | null;

  @Column({ name: 'agency_approved_by_id', type: 'uuid', nullable: true })
  agencyApprovedById: string | null;

  @Field(() => Date, { nullable: true, description: 'When the account lead approved' })
  @Column({ name: 'agency_approved_at', type: 'timestamptz', nullable: true })
  agencyApprovedAt: Date | null;

  @Column({ name: 'rejected_by_id', type: 'uuid', nullable: true })
  rejectedById: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was rejected' })
  @Column({ name: 'rejected_at', type: 'timestamptz', nullable: true })
  rejectedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was rejected' })
  @Column({ name: 'rejection_reason', type: 'text', nullable: true })
  rejectionReason: string | null;

  @Field(() => Date, { nullable: true, description: 'When the requester cancelled it' })
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it changed the team' })
  @Column({ name: 'applied_at', type: 'timestamptz', nullable: true })
  appliedAt: Date | null;

  @Field(() => AssignmentRole, { nullable: true, description: 'Scale-up: role of the new seats' })
  @Column({
    type: 'enum',
    enum: AssignmentRole,
    enumName: 'assignment_role',
    nullable: true,
  })
  role: AssignmentRole | null;

  @Field(() => Seniority, { nullable: true, description: 'Scale-up: seniority of the new seats' })
  @Column({ type: 'enum', enum: Seniority, enumName: 'seniority', nullable: true })
  seniority: Seniority | null;

  @Field(() => [String], { description: 'Scale-up: skills of the new seats' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  skills: string[];

  @Field(() => Int, {
    nullable: true,
    description: 'Scale-up: allocation of each new seat; change of allocation: the new one',
  })
  @Column({ name: 'allocation_percent', type: 'integer', nullable: true })
  allocationPercent: number | null;

  @Field(() => Int, { nullable: true, description: 'Scale-up: how many seats to open' })
  @Column({ name: 'seat_count', type: 'integer', nullable: true })
  seatCount: number | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Scale-up: last day the new seats are needed, when known',
  })
  @Column({ name: 'needed_until', type: 'date', nullable: true })
  neededUntil: string | null;

  @Field(() => ID, { nullable: true, description: 'Release: the seat to release' })
  @Column({ name: 'seat_id', type: 'uuid', nullable: true })
  seatId: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'End, change of allocation, swap, extension: the assignment it changes',
  })
  @Column({ name: 'assignment_id', type: 'uuid', nullable: true })
  assignmentId: string | null;

  @Field(() => ID, { nullable: true, description: 'Swap: the engineer who takes over' })
  @Column({ name: 'engineer_id', type: 'uuid', nullable: true })
  engineerId: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Extension: the new last day (null: open-ended)',
  })
  @Column({ name: 'new_end_date', type: 'date', nullable: true })
  newEndDate: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Extension: the last day before the extension, kept once applied',
  })
  @Column({ name: 'previous_end_date', type: 'date', nullable: true })
  previousEndDate: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Change of allocation or swap: the assignment opened on the effective date',
  })
  @Column({ name: 'opened_assignment_id', type: 'uuid', nullable: true })
  openedAssignmentId: string | null;
}
