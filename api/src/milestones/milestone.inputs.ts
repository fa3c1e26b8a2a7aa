import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';

import { NotBlank } from '../common/validators';

@InputType({ description: 'A new milestone on an engagement' })
export class CreateMilestoneInput {
  @Field(() => ID, { description: 'Engagement' })
  @IsUUID()
  engagementId: string;

  @Field({ description: 'Short title' })
  @IsString()
  @MinLength(3)
  @NotBlank()
  @MaxLength(160)
  title: string;

  @Field({ defaultValue: '', description: 'What the milestone stands for' })
  @IsString()
  @MaxLength(4000)
  description: string = '';

  @Field(() => GraphQLLocalDate, { description: 'Due date' })
  dueDate: string;
}

@InputType({ description: 'Changes to a milestone; omitted fields stay as they are' })
export class UpdateMilestoneInput {
  @Field(() => ID, { description: 'Milestone to change' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'Version last read' })
  @IsInt()
  version: number;

  @Field({ nullable: true, description: 'New title' })
  @IsOptional()
  @IsString()
  @MinLength(3)
  @NotBlank()
  @MaxLength(160)
  title?: string;

  @Field({ nullable: true, description: 'New description' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  description?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'New due date' })
  @IsOptional()
  dueDate?: string;
}
