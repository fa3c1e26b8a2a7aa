import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Seniority } from '@portal/domain';
import {
  ArrayMaxSize,
  IsEmail,
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

import { NotBlank } from '../common/validators';

@InputType({ description: 'A new engineer profile' })
export class CreateEngineerProfileInput {
  @Field({ description: 'Full name' })
  @IsString()
  @MinLength(2)
  @NotBlank()
  @MaxLength(120)
  fullName: string;

  @Field({ description: 'Work email (agency only)' })
  @IsEmail()
  @MaxLength(254)
  contactEmail: string;

  @Field(() => String, { nullable: true, description: 'Phone (agency only)' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  contactPhone?: string | null;

  @Field(() => Int, { nullable: true, description: 'Day rate in euros (agency only)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  dayRateEur?: number | null;

  @Field(() => Seniority, { description: 'Seniority' })
  @IsEnum(Seniority)
  seniority: Seniority;

  @Field({ description: 'Where they work from' })
  @IsString()
  @MinLength(2)
  @NotBlank()
  @MaxLength(120)
  location: string;

  @Field(() => [String], { description: 'Skills' })
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(40, { each: true })
  @ArrayMaxSize(40)
  skills: string[];

  @Field(() => ID, { nullable: true, description: 'The engineer’s own user account, if any' })
  @IsOptional()
  @IsUUID()
  userId?: string | null;
}

@InputType({ description: 'Changes to an engineer profile; omitted fields stay as they are' })
export class UpdateEngineerProfileInput {
  @Field(() => ID, { description: 'Profile to change' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'Version last read' })
  @IsInt()
  version: number;

  @Field(() => Seniority, { nullable: true, description: 'New seniority' })
  @IsOptional()
  @IsEnum(Seniority)
  seniority?: Seniority;

  @Field({ nullable: true, description: 'New location' })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @NotBlank()
  @MaxLength(120)
  location?: string;

  @Field(() => [String], { nullable: true, description: 'New skills' })
  @IsOptional()
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(40, { each: true })
  @ArrayMaxSize(40)
  skills?: string[];

  @Field(() => Int, { nullable: true, description: 'New day rate in euros' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  dayRateEur?: number | null;
}

@InputType({ description: 'Narrows the engineer list' })
export class EngineerFilter {
  @Field({ nullable: true, description: 'Has this skill (exact, case-insensitive)' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  skill?: string;

  @Field(() => Seniority, { nullable: true, description: 'Only this seniority' })
  @IsOptional()
  @IsEnum(Seniority)
  seniority?: Seniority;

  @Field({ nullable: true, description: 'Name contains this text' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  search?: string;
}
