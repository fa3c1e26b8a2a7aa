import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { FrameworkKey } from '@portal/catalogs';
import { EvidenceStatus, RequirementStatus } from '@portal/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';

import { PageArgs } from '../common/pagination';

@InputType({ description: 'The frameworks an engagement is assessed against' })
export class SetEngagementFrameworksInput {
  @Field(() => ID, { description: 'Engagement' })
  @IsUUID()
  engagementId: string;

  @Field(() => [FrameworkKey], {
    description: 'Frameworks in scope; others are removed if they hold no evidence',
  })
  @IsEnum(FrameworkKey, { each: true })
  @ArrayMaxSize(5)
  frameworks: FrameworkKey[];
}

@InputType({ description: 'Changes to an in-scope requirement; omitted fields stay as they are' })
export class UpdateEngagementRequirementInput {
  @Field(() => ID, { description: 'Requirement to change' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'Version last read' })
  @IsInt()
  version: number;

  @Field(() => RequirementStatus, { nullable: true, description: 'New status' })
  @IsOptional()
  @IsEnum(RequirementStatus)
  status?: RequirementStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Justification; required for NOT_APPLICABLE',
  })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  justification?: string | null;

  @Field(() => ID, { nullable: true, description: 'New owner' })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;
}

@InputType({ description: 'Narrows the requirement matrix' })
export class RequirementFilter {
  @Field(() => RequirementStatus, { nullable: true, description: 'Only this status' })
  @IsOptional()
  @IsEnum(RequirementStatus)
  status?: RequirementStatus;

  @Field(() => EvidenceStatus, { nullable: true, description: 'Only this evidence status' })
  @IsOptional()
  @IsEnum(EvidenceStatus)
  evidenceStatus?: EvidenceStatus;

  @Field({ nullable: true, description: 'Reference or title contains this text' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  search?: string;
}

@ArgsType()
export class RequirementPageArgs extends PageArgs {
  @Field(() => ID, { description: 'Engagement' })
  @IsUUID()
  engagementId: string;

  @Field(() => FrameworkKey, { description: 'Framework' })
  @IsEnum(FrameworkKey)
  framework: FrameworkKey;

  @Field(() => RequirementFilter, { nullable: true, description: 'Narrows the list' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RequirementFilter)
  filter?: RequirementFilter | null;
}
