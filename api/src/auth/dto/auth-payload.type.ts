import { Field, ObjectType } from '@nestjs/graphql';

import { User } from '../../users/user.entity';

@ObjectType({ description: 'Tokens for a new or refreshed session' })
export class AuthPayload {
  @Field({ description: 'Short-lived bearer token for the Authorization header' })
  accessToken: string;

  @Field({ description: 'When the access token stops working' })
  accessTokenExpiresAt: Date;

  @Field({ description: 'Single-use token to get the next pair; keep it secret' })
  refreshToken: string;

  @Field({ description: 'When the session ends unless refreshed' })
  refreshTokenExpiresAt: Date;

  @Field(() => User, { description: 'The signed-in user' })
  user: User;
}
