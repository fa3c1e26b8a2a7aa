import { Field, ID, InputType } from '@nestjs/graphql';
import { FrameworkKey } from '@portal/catalogs';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsUUID } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';

import { NotBefore } from '../common/validators';

@InputType({ description: 'What to put in an audit pack' })
export class ExportAuditPackInput {
  @Field(() => ID, { description: 'Engagement' })
  @IsUUID()
  engagementId: string;

  @Field(() => [FrameworkKey], { description: 'Frameworks, all in the engagement’s scope' })
  @IsEnum(FrameworkKey, { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  frameworks: FrameworkKey[];

  @Field(() => GraphQLLocalDate, { description: 'First day of the audit period' })
  periodFrom: string;

  @Field(() => GraphQLLocalDate, { description: 'Last day of the audit period' })
  @NotBefore('periodFrom')
  periodTo: string;
}
