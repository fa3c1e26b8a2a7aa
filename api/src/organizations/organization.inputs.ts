import { Field, InputType } from '@nestjs/graphql';
import { OrganizationKind } from '@portal/domain';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

import { NotBlank } from '../common/validators';

@InputType({ description: 'A new organization' })
export class CreateOrganizationInput {
  @Field({ description: 'Display name; unique' })
  @IsString()
  @MinLength(2)
  @NotBlank()
  @MaxLength(120)
  name: string;

  @Field(() => OrganizationKind, { description: 'Client or audit firm (there is one agency)' })
  @IsEnum(OrganizationKind)
  kind: OrganizationKind;

  @Field(() => String, { nullable: true, description: 'Regulated sector' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  sector?: string | null;

  @Field(() => [String], { defaultValue: [], description: 'Regulations, e.g. DORA, NIS2' })
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  @ArrayMaxSize(20)
  regulations: string[] = [];
}
