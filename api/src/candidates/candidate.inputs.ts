import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { CandidateState } from '@portal/domain';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';

@InputType({ description: 'Proposes an engineer for a seat' })
export class ProposeCandidateInput {
  @Field(() => ID, { description: 'Seat' })
  @IsUUID()
  seatId: string;

  @Field(() => ID, { description: 'Engineer proposed' })
  @IsUUID()
  engineerId: string;

  @Field({ defaultValue: '', description: 'Why this engineer fits (shared with the client)' })
  @IsString()
  @MaxLength(2000)
  pitch: string = '';
}

@InputType({ description: 'Names a candidate at the version last read' })
export class CandidateVersionInput {
  @Field(() => ID, { description: 'Candidate' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'Version last read; CONFLICT if it changed since' })
  @IsInt()
  version: number;
}

@InputType({ description: 'Confirms an approved candidate in the seat from a start date' })
export class ConfirmCandidateInput extends CandidateVersionInput {
  @Field(() => GraphQLLocalDate, { description: 'First day in the seat (today or later)' })
  startDate: string;
}

@InputType({ description: 'Narrows a list of candidates' })
export class CandidateFilter {
  @Field(() => ID, { nullable: true, description: 'Only candidates for seats of this engagement' })
  @IsOptional()
  @IsUUID()
  engagementId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only candidates for this seat' })
  @IsOptional()
  @IsUUID()
  seatId?: string | null;

  @Field(() => CandidateState, { nullable: true, description: 'Only candidates in this state' })
  @IsOptional()
  @IsEnum(CandidateState)
  state?: CandidateState | null;
}
