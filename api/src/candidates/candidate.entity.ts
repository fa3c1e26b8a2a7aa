import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CandidateState } from '@portal/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';

import { VersionedEntity } from '../common/versioned.entity';
import { EngineerProfile } from '../engineers/engineer-profile.entity';
import { Seat } from '../seats/seat.entity';

/** An engineer the agency proposes for a seat; the client interviews and confirms. */
@ObjectType({ description: 'An engineer proposed for a seat' })
@Entity('candidates')
@Unique('candidates_one_per_engineer_and_seat', ['seatId', 'engineerId'])
export class Candidate extends VersionedEntity {
  @Field(() => ID, { description: 'Seat the engineer is proposed for' })
  @Column({ name: 'seat_id', type: 'uuid' })
  seatId: string;

  @ManyToOne(() => Seat, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'seat_id' })
  seat?: Seat;

  /** Copied from the seat so that the policy layer scopes candidates like other team records. */
  @Index()
  @Field(() => ID, { description: 'Engagement of the seat' })
  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId: string;

  @Index()
  @Column({ name: 'engineer_id', type: 'uuid' })
  engineerId: string;

  @ManyToOne(() => EngineerProfile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'engineer_id' })
  engineer?: EngineerProfile;

  @Field(() => CandidateState, { description: 'Where the candidacy stands' })
  @Column({
    type: 'enum',
    enum: CandidateState,
    enumName: 'candidate_state',
    default: CandidateState.PROPOSED,
  })
  state: CandidateState;

  @Field({ description: 'Why the agency proposes this engineer (shared with the client)' })
  @Column({ type: 'text', default: '' })
  pitch: string;

  @Column({ name: 'proposed_by_id', type: 'uuid' })
  proposedById: string;

  @Field(() => ID, { nullable: true, description: 'The assignment made when confirmed' })
  @Column({ name: 'assignment_id', type: 'uuid', nullable: true })
  assignmentId: string | null;
}
