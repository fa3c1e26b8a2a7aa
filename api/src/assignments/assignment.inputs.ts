import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { AssignmentRole } from '@portal/domain';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';

import { NotBefore } from '../common/validators';

@InputType({ description: 'Puts an engineer on an engagement' })
export class CreateAssignmentInput {
  @Field(() => ID, { description: 'Engagement' })
  @IsUUID()
  engagementId: string;

  @Field(() => ID, { description: 'Engineer' })
  @IsUUID()
  engineerId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Seat to fill; when omitted, a seat shaped like the assignment is opened for it',
  })
  @IsOptional()
  @IsUUID()
  seatId?: string | null;

  @Field(() => AssignmentRole, { description: 'Role on the engagement' })
  @IsEnum(AssignmentRole)
  role: AssignmentRole;

  @Field(() => Int, { description: 'Share of the engineer’s time, 1–100' })
  @IsInt()
  @Min(1)
  @Max(100)
  allocationPercent: number;

  @Field(() => GraphQLLocalDate, { description: 'First day' })
  startDate: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day, when known' })
  @IsOptional()
  @NotBefore('startDate')
  endDate?: string | null;
}

/**
 * Only the role changes in place. Allocation and dates are history: they change through a
 * staffing change, which closes the running row and opens the next on its effective date.
 */
@InputType({
  description:
    'Changes the role of an assignment; allocation and end date change through requestStaffingChange',
})
export class UpdateAssignmentInput {
  @Field(() => ID, { description: 'Assignment to change' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'Version last read' })
  @IsInt()
  version: number;

  @Field(() => AssignmentRole, { description: 'New role' })
  @IsEnum(AssignmentRole)
  role: AssignmentRole;
}
