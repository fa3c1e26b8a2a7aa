import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  DeliverableStatus,
  DeliverableType,
  PinnedVersionKind,
  SignOffDecision,
} from '@portal/domain';
import { Type } from 'class-transformer';
import {
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';

import { NotBlank } from '../common/validators';

/** Statuses the agency sets by editing; submission and sign-off have mutations of their own. */
export const WORKING_STATUSES = [DeliverableStatus.PLANNED, DeliverableStatus.IN_PROGRESS];
const WORKING_STATUS_MESSAGE =
  'must be PLANNED or IN_PROGRESS; use submitDeliverable or signOffDeliverable for the rest';

@InputType({ description: 'A new deliverable on an engagement' })
export class CreateDeliverableInput {
  @Field(() => ID, { description: 'Engagement' })
  @IsUUID()
  engagementId: string;

  @Field({ description: 'Short title' })
  @IsString()
  @MinLength(3)
  @NotBlank()
  @MaxLength(160)
  title: string;

  @Field({ defaultValue: '', description: 'What will be delivered and how it is accepted' })
  @IsString()
  @MaxLength(4000)
  description: string = '';

  @Field(() => DeliverableType, { description: 'Kind of deliverable' })
  @IsEnum(DeliverableType)
  type: DeliverableType;

  @Field(() => DeliverableStatus, {
    defaultValue: DeliverableStatus.PLANNED,
    description: 'Initial status: PLANNED or IN_PROGRESS',
  })
  @IsIn(WORKING_STATUSES, { message: WORKING_STATUS_MESSAGE })
  status: DeliverableStatus = DeliverableStatus.PLANNED;

  @Field(() => GraphQLLocalDate, { description: 'Due date' })
  dueDate: string;

  @Field(() => ID, { nullable: true, description: 'Owner (a user of the agency or of the client)' })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Milestone of the same engagement it belongs to',
  })
  @IsOptional()
  @IsUUID()
  milestoneId?: string | null;
}

@InputType({ description: 'Changes to a deliverable; omitted fields stay as they are' })
export class UpdateDeliverableInput {
  @Field(() => ID, { description: 'Deliverable to change' })
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

  @Field(() => DeliverableStatus, {
    nullable: true,
    description: 'New status: PLANNED or IN_PROGRESS (submission and sign-off have mutations)',
  })
  @IsOptional()
  @IsIn(WORKING_STATUSES, { message: WORKING_STATUS_MESSAGE })
  status?: DeliverableStatus;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'New due date' })
  @IsOptional()
  dueDate?: string;

  @Field(() => ID, { nullable: true, description: 'New owner' })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'New milestone; null takes it out of one' })
  @IsOptional()
  @IsUUID()
  milestoneId?: string | null;
}

@InputType({ description: 'The exact version handed over' })
export class PinnedVersionInput {
  @Field(() => PinnedVersionKind, { description: 'Tag, commit, spec version or hash' })
  @IsEnum(PinnedVersionKind)
  kind: PinnedVersionKind;

  @Field({
    description:
      'Tag name, commit id (7–40 hex digits), version number (2.1.0) or hash (sha256:<64 hex>)',
  })
  @IsString()
  @MaxLength(200)
  value: string;

  @Field({ description: 'https link to the version (release page, commit, spec, artifact)' })
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'must be an https link' })
  @MaxLength(2000)
  url: string;
}

@InputType({ description: 'Hands a deliverable over for sign-off, pinned to one version' })
export class SubmitDeliverableInput {
  @Field(() => ID, { description: 'Deliverable to submit' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'Version of the deliverable record last read' })
  @IsInt()
  version: number;

  @Field(() => PinnedVersionInput, { description: 'The version delivered' })
  @ValidateNested()
  @Type(() => PinnedVersionInput)
  pinnedVersion: PinnedVersionInput;

  @Field({ nullable: true, description: 'What changed since the last submission' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

@InputType({ description: 'The client manager’s decision on the submitted version' })
export class SignOffDeliverableInput {
  @Field(() => ID, { description: 'Deliverable to sign off' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'Version of the deliverable record last read' })
  @IsInt()
  version: number;

  @Field({
    description:
      'Value of the pinned version being signed off; CONFLICT when another has been submitted since',
  })
  @IsString()
  @MaxLength(200)
  pinnedValue: string;

  @Field(() => SignOffDecision, { description: 'Accept, or request changes' })
  @IsEnum(SignOffDecision)
  decision: SignOffDecision;

  @Field({ nullable: true, description: 'Why; required when requesting changes' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  reason?: string;
}
