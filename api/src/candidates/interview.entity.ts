import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { FeedbackVisibility, InterviewOutcome } from '@portal/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { VersionedEntity } from '../common/versioned.entity';
import { Candidate } from './candidate.entity';

/**
 * A client interview of a candidate. Feedback is not a plain field: the resolver hides
 * CLIENT_INTERNAL feedback from everyone outside the client.
 */
@ObjectType({ description: 'A client interview of a candidate, with its outcome' })
@Entity('interviews')
@Check('interviews_duration_range', '"duration_minutes" BETWEEN 15 AND 480')
export class Interview extends VersionedEntity {
  @Index()
  @Field(() => ID, { description: 'Candidate interviewed' })
  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId: string;

  @ManyToOne(() => Candidate, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: Candidate;

  @Index()
  @Column({ name: 'engagement_id', type: 'uuid' })
  engagementId: string;

  @Field({ description: 'When it starts' })
  @Column({ name: 'scheduled_at', type: 'timestamptz' })
  scheduledAt: Date;

  @Field({ description: 'IANA time zone the time was agreed in, e.g. Europe/Riga' })
  @Column({ name: 'time_zone', type: 'text' })
  timeZone: string;

  @Field(() => Int, { description: 'Length in minutes' })
  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes: number;

  @Column({ name: 'interviewer_ids', type: 'uuid', array: true })
  interviewerIds: string[];

  @Field(() => String, { nullable: true, description: 'Video call link' })
  @Column({ name: 'video_link', type: 'text', nullable: true })
  videoLink: string | null;

  @Column({ name: 'scheduled_by_id', type: 'uuid' })
  scheduledById: string;

  @Field(() => InterviewOutcome, { nullable: true, description: 'Decision, once recorded' })
  @Column({
    type: 'enum',
    enum: InterviewOutcome,
    enumName: 'interview_outcome',
    nullable: true,
  })
  outcome: InterviewOutcome | null;

  @Column({ type: 'text', nullable: true })
  feedback: string | null;

  @Field(() => FeedbackVisibility, {
    nullable: true,
    description: 'Whether the feedback is shared with the agency',
  })
  @Column({
    name: 'feedback_visibility',
    type: 'enum',
    enum: FeedbackVisibility,
    enumName: 'feedback_visibility',
    nullable: true,
  })
  feedbackVisibility: FeedbackVisibility | null;

  @Column({ name: 'outcome_recorded_by_id', type: 'uuid', nullable: true })
  outcomeRecordedById: string | null;

  @Field(() => Date, { nullable: true, description: 'When the outcome was recorded' })
  @Column({ name: 'outcome_recorded_at', type: 'timestamptz', nullable: true })
  outcomeRecordedAt: Date | null;
}
