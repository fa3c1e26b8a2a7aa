import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { RaidKind, RaidSeverity, RaidVisibility } from '@portal/domain';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';

import { NotBlank } from '../common/validators';

@InputType({ description: 'A new entry in an engagement’s RAID log' })
export class CreateRaidItemInput {
  @Field(() => ID, { description: 'Engagement' })
  @IsUUID()
  engagementId: string;

  @Field(() => RaidKind, { description: 'Risk, assumption, issue or dependency' })
  @IsEnum(RaidKind)
  kind: RaidKind;

  @Field({ description: 'Short title' })
  @IsString()
  @MinLength(3)
  @NotBlank()
  @MaxLength(160)
  title: string;

  @Field({ defaultValue: '', description: 'What it is about, and what is done about it' })
  @IsString()
  @MaxLength(4000)
  description: string = '';

  @Field(() => RaidSeverity, { description: 'How bad it is, or would be' })
  @IsEnum(RaidSeverity)
  severity: RaidSeverity;

  @Field(() => RaidVisibility, {
    description: 'CLIENT_VISIBLE for both sides, INTERNAL for your side only',
  })
  @IsEnum(RaidVisibility)
  visibility: RaidVisibility;

  @Field(() => ID, { nullable: true, description: 'Who owns it (a user of the agency or client)' })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @Field(() => [ID], {
    defaultValue: [],
    description: 'Deliverables of the engagement it concerns',
  })
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  deliverableIds: string[] = [];

  @Field(() => [ID], {
    defaultValue: [],
    description: 'Seats of the engagement it concerns, e.g. an open seat that is hard to fill',
  })
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  seatIds: string[] = [];
}

@InputType({ description: 'Changes to a RAID entry; omitted fields stay as they are' })
export class UpdateRaidItemInput {
  @Field(() => ID, { description: 'Entry to change' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'Version last read' })
  @IsInt()
  version: number;

  @Field(() => RaidKind, { nullable: true, description: 'New kind' })
  @IsOptional()
  @IsEnum(RaidKind)
  kind?: RaidKind;

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

  @Field(() => RaidSeverity, { nullable: true, description: 'New severity' })
  @IsOptional()
  @IsEnum(RaidSeverity)
  severity?: RaidSeverity;

  @Field(() => RaidVisibility, {
    nullable: true,
    description: 'New visibility (only the side that wrote it may change it)',
  })
  @IsOptional()
  @IsEnum(RaidVisibility)
  visibility?: RaidVisibility;

  @Field(() => ID, { nullable: true, description: 'New owner' })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the linked deliverables' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  deliverableIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Replaces the linked seats' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  seatIds?: string[];
}

@InputType({ description: 'Closes a RAID entry with a note on how it ended' })
export class CloseRaidItemInput {
  @Field(() => ID, { description: 'Entry to close' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'Version last read' })
  @IsInt()
  version: number;

  @Field({ description: 'How it was resolved, mitigated or why it no longer applies' })
  @IsString()
  @MinLength(3)
  @NotBlank()
  @MaxLength(4000)
  closingNote: string;
}

@InputType({ description: 'Opens a closed RAID entry again' })
export class ReopenRaidItemInput {
  @Field(() => ID, { description: 'Entry to reopen' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'Version last read' })
  @IsInt()
  version: number;
}
