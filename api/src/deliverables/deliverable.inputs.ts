import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { DeliverableStatus, DeliverableType } from '@portal/domain';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';

import { NotBlank } from '../common/validators';

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
    description: 'Initial status',
  })
  @IsEnum(DeliverableStatus)
  status: DeliverableStatus = DeliverableStatus.PLANNED;

  @Field(() => GraphQLLocalDate, { description: 'Due date' })
  dueDate: string;

  @Field(() => ID, { nullable: true, description: 'Owner (a user of the agency or of the client)' })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;
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

  @Field(() => DeliverableStatus, { nullable: true, description: 'New status' })
  @IsOptional()
  @IsEnum(DeliverableStatus)
  status?: DeliverableStatus;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'New due date' })
  @IsOptional()
  dueDate?: string;

  @Field(() => ID, { nullable: true, description: 'New owner' })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;
}
