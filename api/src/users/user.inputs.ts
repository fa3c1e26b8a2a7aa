import { Field, ID, InputType } from '@nestjs/graphql';
import { Role } from '@portal/domain';
import { IsEmail, IsEnum, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

import { MIN_PASSWORD_LENGTH } from '../auth/dto/auth.inputs';

@InputType({ description: 'A new user account' })
export class CreateUserInput {
  @Field(() => ID, { description: 'Organization the user belongs to' })
  @IsUUID()
  organizationId: string;

  @Field({ description: 'Email address used to sign in' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @Field({ description: 'Name shown to others' })
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  displayName: string;

  @Field(() => Role, { description: 'Role; must suit the organization kind' })
  @IsEnum(Role)
  role: Role;

  @Field({ description: `Initial password, at least ${MIN_PASSWORD_LENGTH} characters` })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(256)
  password: string;
}
