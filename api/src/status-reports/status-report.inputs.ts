import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';

import { NotBefore } from '../common/validators';

@InputType({ description: 'A new draft status report' })
export class CreateStatusReportInput {
  @Field(() => ID, { description: 'Engagement' })
  @IsUUID()
  engagementId: string;

  @Field(() => GraphQLLocalDate, { description: 'Start of the period reported on' })
  periodFrom: string;

  @Field(() => GraphQLLocalDate, { description: 'End of the period reported on' })
  @NotBefore('periodFrom')
  periodTo: string;

  @Field({ defaultValue: '', description: 'Summary' })
  @IsString()
  @MaxLength(8000)
  summary: string = '';

  @Field({ defaultValue: '', description: 'Highlights' })
  @IsString()
  @MaxLength(8000)
  highlights: string = '';

  @Field({ defaultValue: '', description: 'Risks and next steps' })
  @IsString()
  @MaxLength(8000)
  risksAndNextSteps: string = '';
}

@InputType({ description: 'Changes to a draft; omitted fields stay as they are' })
export class UpdateStatusReportInput {
  @Field(() => ID, { description: 'Draft to change' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'Version last read' })
  @IsInt()
  version: number;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'New start of the period' })
  @IsOptional()
  periodFrom?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'New end of the period' })
  @IsOptional()
  @NotBefore('periodFrom')
  periodTo?: string;

  @Field({ nullable: true, description: 'New summary' })
  @IsOptional()
  @IsString()
  @MaxLength(8000)
  summary?: string;

  @Field({ nullable: true, description: 'New highlights' })
  @IsOptional()
  @IsString()
  @MaxLength(8000)
  highlights?: string;

  @Field({ nullable: true, description: 'New risks and next steps' })
  @IsOptional()
  @IsString()
  @MaxLength(8000)
  risksAndNextSteps?: string;
}

@InputType({ description: 'Publishes a draft, freezing what it tells the client' })
export class PublishStatusReportInput {
  @Field(() => ID, { description: 'Draft to publish' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'Version last read' })
  @IsInt()
  version: number;
}
