import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

export const MIN_PASSWORD_LENGTH = 12;

@InputType({ description: 'Credentials for signing in' })
export class SignInInput {
  @Field({ description: 'Email address of the account' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @Field({ description: 'Password of the account' })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password: string;
}

@InputType({ description: 'A refresh token to exchange for a new token pair' })
export class RefreshSessionInput {
  @Field({ description: 'The refresh token received at sign-in or at the last refresh' })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  refreshToken: string;
}

@InputType({ description: 'Current and new password' })
export class ChangePasswordInput {
  @Field({ description: 'The password in use now' })
  @IsString()
  @MaxLength(256)
  currentPassword: string;

  @Field({ description: `The new password, at least ${MIN_PASSWORD_LENGTH} characters` })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(256)
  newPassword: string;
}
