import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { EngagementStatus, ServiceLine } from '@portal/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';

import { NotBefore, NotBlank } from '../common/validators';

@InputType({ description: 'A new engagement' })
export class CreateEngagementInput {
  @Field({ description: 'Name' })
  @IsString()
  @MinLength(3)
  @NotBlank()
  @MaxLength(120)
  name: string;

  @Field({ defaultValue: '', description: 'What the engagement is about' })
  @IsString()
  @MaxLength(4000)
  summary: string = '';

  @Field(() => ID, { description: 'Client organization' })
  @IsUUID()
  clientId: string;

  @Field(() => ID, { description: 'Agency account lead running it' })
  @IsUUID()
  accountLeadId: string;

  @Field(() => [ServiceLine], { description: 'Service lines, at least one' })
  @IsEnum(ServiceLine, { each: true })
  @ArrayMinSize(1)
  @ArrayUnique()
  @ArrayMaxSize(6)
  serviceLines: ServiceLine[];

  @Field(() => EngagementStatus, {
    defaultValue: EngagementStatus.PROPOSED,
    description: 'Initial status',
  })
  @IsEnum(EngagementStatus)
  status: EngagementStatus = EngagementStatus.PROPOSED;

  @Field(() => GraphQLLocalDate, { description: 'First day' })
  startDate: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day, when known' })
  @IsOptional()
  @NotBefore('startDate')
  endDate?: string | null;
}

@InputType({ description: 'Changes to an engagement; omitted fields stay as they are' })
export class UpdateEngagementInput {
  @Field(() => ID, { description: 'Engagement to change' })
  @IsUUID()
  id: string;

  @Field(() => Int, {
    description: 'Version last read; a newer version on the server is a CONFLICT',
  })
  @IsInt()
  version: number;

  @Field({ nullable: true, description: 'New name' })
  @IsOptional()
  @IsString()
  @MinLength(3)
  @NotBlank()
  @MaxLength(120)
  name?: string;

  @Field({ nullable: true, description: 'New summary' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  summary?: string;

  @Field(() => ID, { nullable: true, description: 'New account lead' })
  @IsOptional()
  @IsUUID()
  accountLeadId?: string;

  @Field(() => [ServiceLine], { nullable: true, description: 'New service lines' })
  @IsOptional()
  @IsEnum(ServiceLine, { each: true })
  @ArrayMinSize(1)
  @ArrayUnique()
  @ArrayMaxSize(6)
  serviceLines?: ServiceLine[];

  @Field(() => EngagementStatus, { nullable: true, description: 'New status' })
  @IsOptional()
  @IsEnum(EngagementStatus)
  status?: EngagementStatus;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'New first day' })
  @IsOptional()
  startDate?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'New last day' })
  @IsOptional()
  endDate?: string | null;
}

@InputType({ description: 'Narrows the engagement list' })
export class EngagementFilter {
  @Field(() => EngagementStatus, { nullable: true, description: 'Only this status' })
  @IsOptional()
  @IsEnum(EngagementStatus)
  status?: EngagementStatus;

  @Field(() => ServiceLine, {
    nullable: true,
    description: 'Only engagements using this service line',
  })
  @IsOptional()
  @IsEnum(ServiceLine)
  serviceLine?: ServiceLine;

  @Field(() => ID, { nullable: true, description: 'Only this client' })
  @IsOptional()
  @IsUUID()
  clientId?: string;

  @Field({ nullable: true, description: 'Name contains this text (case-insensitive)' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  search?: string;
}
