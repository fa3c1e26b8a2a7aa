import { Field, ID, InputType } from '@nestjs/graphql';
import { FrameworkKey } from '@portal/catalogs';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsDate,
  IsEmail,
  IsEnum,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';

import { NotBefore } from '../common/validators';

@InputType({ description: 'Read-only access for an auditor' })
export class GrantAuditAccessInput {
  @Field({ description: 'Email of the auditor’s account' })
  @IsEmail()
  @MaxLength(254)
  auditorEmail: string;

  @Field(() => ID, { description: 'Engagement' })
  @IsUUID()
  engagementId: string;

  @Field(() => [FrameworkKey], { description: 'Frameworks the auditor may see, all in scope' })
  @IsEnum(FrameworkKey, { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  frameworks: FrameworkKey[];

  @Field(() => GraphQLLocalDate, { description: 'First day of the audit period' })
  periodFrom: string;

  @Field(() => GraphQLLocalDate, { description: 'Last day of the audit period' })
  @NotBefore('periodFrom')
  periodTo: string;

  @Field({ description: 'When access ends' })
  @IsDate()
  expiresAt: Date;
}
