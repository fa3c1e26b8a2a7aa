import { Field, ID, InputType } from '@nestjs/graphql';
import { ReviewDecision } from '@portal/domain';
import {
  ArrayMaxSize,
  IsEnum,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';

import { NotBefore, NotBlank } from '../common/validators';

/** What every kind of new evidence states about itself. */
@InputType({ isAbstract: true })
export class EvidenceDetailsInput {
  @Field(() => ID, { description: 'Engagement the evidence belongs to' })
  @IsUUID()
  engagementId: string;

  @Field({ description: 'Short title' })
  @IsString()
  @MinLength(3)
  @NotBlank()
  @MaxLength(200)
  title: string;

  @Field({ defaultValue: '', description: 'What it shows' })
  @IsString()
  @MaxLength(4000)
  description: string = '';

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'First day it covers' })
  @IsOptional()
  coversFrom?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day it covers' })
  @IsOptional()
  @NotBefore('coversFrom')
  coversTo?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day it stays valid' })
  @IsOptional()
  validUntil?: string | null;

  @Field(() => [ID], { defaultValue: [], description: 'In-scope requirements it supports' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(200)
  requirementIds: string[] = [];

  @Field(() => [ID], { defaultValue: [], description: 'Deliverables it relates to' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(50)
  deliverableIds: string[] = [];
}

@InputType({ description: 'Evidence that lives at a URL' })
export class AddLinkEvidenceInput extends EvidenceDetailsInput {
  @Field({ description: 'The link (http or https)' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(2000)
  url: string;
}

@InputType({ description: 'A statement signed by the signed-in user' })
export class AddAttestationInput extends EvidenceDetailsInput {
  @Field({ description: 'What the user attests' })
  @IsString()
  @MinLength(10)
  @MaxLength(10000)
  statement: string;
}

@InputType({ description: 'Evidence to attach to or detach from requirements and deliverables' })
export class EvidenceLinksInput {
  @Field(() => ID, { description: 'Evidence' })
  @IsUUID()
  evidenceId: string;

  @Field(() => [ID], { defaultValue: [], description: 'In-scope requirements' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(200)
  requirementIds: string[] = [];

  @Field(() => [ID], { defaultValue: [], description: 'Deliverables' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(50)
  deliverableIds: string[] = [];
}

@InputType({ description: 'A decision on one evidence version' })
export class ReviewEvidenceInput {
  @Field(() => ID, { description: 'Evidence version' })
  @IsUUID()
  versionId: string;

  @Field(() => ReviewDecision, { description: 'Accept or reject' })
  @IsEnum(ReviewDecision)
  decision: ReviewDecision;

  @Field({ description: 'Why; shown to whoever provided the evidence' })
  @IsString()
  @MinLength(2)
  @NotBlank()
  @MaxLength(4000)
  comment: string;
}

@InputType({ description: 'Withdraws evidence so it counts for nothing; versions are kept' })
export class WithdrawEvidenceInput {
  @Field(() => ID, { description: 'Evidence' })
  @IsUUID()
  evidenceId: string;

  @Field({ description: 'Why it is withdrawn' })
  @IsString()
  @MinLength(5)
  @MaxLength(4000)
  reason: string;
}
