import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { FeedbackVisibility, InterviewOutcome } from '@portal/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

@InputType({ description: 'Schedules a client interview of a candidate' })
export class ScheduleInterviewInput {
  @Field(() => ID, { description: 'Candidate to interview' })
  @IsUUID()
  candidateId: string;

  @Field({ description: 'When it starts (ISO 8601 with offset)' })
  @IsDate()
  scheduledAt: Date;

  @Field({ description: 'IANA time zone the time was agreed in, e.g. Europe/Riga' })
  @IsString()
  @MaxLength(64)
  timeZone: string;

  @Field(() => Int, { defaultValue: 60, description: 'Length in minutes (15–480)' })
  @IsInt()
  @Min(15)
  @Max(480)
  durationMinutes: number = 60;

  @Field(() => [ID], { description: 'Interviewers: users of the client' })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  interviewerIds: string[];

  @Field(() => String, { nullable: true, description: 'Video call link (https)' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  @MaxLength(500)
  videoLink?: string | null;
}

@InputType({ description: 'The client’s decision after an interview' })
export class RecordInterviewOutcomeInput {
  @Field(() => ID, { description: 'Interview' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'Version last read; CONFLICT if it changed since' })
  @IsInt()
  version: number;

  @Field(() => InterviewOutcome, { description: 'Approved, rejected or no-show' })
  @IsEnum(InterviewOutcome)
  outcome: InterviewOutcome;

  @Field({ defaultValue: '', description: 'Feedback on the candidate' })
  @IsString()
  @MaxLength(4000)
  feedback: string = '';

  @Field(() => FeedbackVisibility, {
    description: 'Share the feedback with the agency, or keep it inside the client',
  })
  @IsEnum(FeedbackVisibility)
  feedbackVisibility: FeedbackVisibility;
}

@InputType({ description: 'Narrows a list of interviews' })
export class InterviewFilter {
  @Field(() => ID, { nullable: true, description: 'Only interviews on this engagement' })
  @IsOptional()
  @IsUUID()
  engagementId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only interviews of this candidate' })
  @IsOptional()
  @IsUUID()
  candidateId?: string | null;

  @Field(() => InterviewOutcome, {
    nullable: true,
    description: 'Only interviews with this outcome',
  })
  @IsOptional()
  @IsEnum(InterviewOutcome)
  outcome?: InterviewOutcome | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only interviews still waiting for an outcome',
  })
  @IsOptional()
  awaitingOutcome?: boolean | null;
}
