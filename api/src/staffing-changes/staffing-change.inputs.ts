import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { AssignmentRole, Seniority, StaffingChangeKind } from '@portal/domain';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';

import { NotBlank } from '../common/validators';

/**
 * One input for every kind; the service checks that the fields the kind needs are there
 * (BAD_USER_INPUT naming the missing field) and that the others are left out.
 */
@InputType({ description: 'A request to change an engagement’s team' })
export class RequestStaffingChangeInput {
  @Field(() => ID, { description: 'Engagement' })
  @IsUUID()
  engagementId: string;

  @Field(() => StaffingChangeKind, { description: 'What is asked for' })
  @IsEnum(StaffingChangeKind)
  kind: StaffingChangeKind;

  @Field(() => GraphQLLocalDate, {
    description: 'First day the team looks different (today or later)',
  })
  effectiveDate: string;

  @Field({ description: 'Why the change is asked for' })
  @IsString()
  @MinLength(3)
  @NotBlank()
  @MaxLength(2000)
  reason: string;

  @Field(() => AssignmentRole, { nullable: true, description: 'Scale-up: role of the new seats' })
  @IsOptional()
  @IsEnum(AssignmentRole)
  role?: AssignmentRole | null;

  @Field(() => Seniority, { nullable: true, description: 'Scale-up: seniority asked for' })
  @IsOptional()
  @IsEnum(Seniority)
  seniority?: Seniority | null;

  @Field(() => [String], { nullable: true, description: 'Scale-up: skills asked for' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  skills?: string[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Scale-up: allocation of each seat; change of allocation: the new allocation',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  allocationPercent?: number | null;

  @Field(() => Int, { nullable: true, description: 'Scale-up: how many seats (1–20, default 1)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  seatCount?: number | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Scale-up: last day the seats are needed, when known',
  })
  @IsOptional()
  neededUntil?: string | null;

  @Field(() => ID, { nullable: true, description: 'Release: the seat to release' })
  @IsOptional()
  @IsUUID()
  seatId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'End, change of allocation, swap or extension: the assignment',
  })
  @IsOptional()
  @IsUUID()
  assignmentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Swap: the engineer who takes over' })
  @IsOptional()
  @IsUUID()
  engineerId?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Extension: the new last day' })
  @IsOptional()
  newEndDate?: string | null;
}

@InputType({ description: 'A decision on a pending staffing change' })
export class DecideStaffingChangeInput {
  @Field(() => ID, { description: 'Staffing change' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'Version last read; CONFLICT if it changed since' })
  @IsInt()
  version: number;
}

@InputType({ description: 'A rejection of a pending staffing change, with the reason' })
export class RejectStaffingChangeInput extends DecideStaffingChangeInput {
  @Field({ description: 'Why it is rejected' })
  @IsString()
  @MinLength(3)
  @NotBlank()
  @MaxLength(2000)
  reason: string;
}
