import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';

import { CurrentScope } from '../graphql/current-scope.decorator';
import { GraphqlContext } from '../graphql/graphql-context';
import { RequestScope } from '../policy/actor';
import { User } from '../users/user.entity';
import { SignInGuard } from './auth.guards';
import { AuthService } from './auth.service';
import { ChangePasswordInput, RefreshSessionInput, SignInInput } from './dto/auth.inputs';
import { AuthPayload } from './dto/auth-payload.type';
import { Public } from './public.decorator';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @UseGuards(SignInGuard)
  @Mutation(() => AuthPayload, { description: 'Signs in with email and password' })
  async signIn(
    @Args('input') _input: SignInInput,
    @Context() context: GraphqlContext,
  ): Promise<AuthPayload> {
    const payload = await this.auth.startSession(
      context.signIn?.user as User,
      String(context.req.id),
    );
    context.req.user = (await this.auth.actorFromNewToken(payload.accessToken)) ?? undefined;

    return payload;
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Exchanges a refresh token for a new token pair' })
  async refreshSession(
    @Args('input') input: RefreshSessionInput,
    @Context() context: GraphqlContext,
  ) {
    const payload = await this.auth.refresh(input.refreshToken, String(context.req.id));
    context.req.user = (await this.auth.actorFromNewToken(payload.accessToken)) ?? undefined;

    return payload;
  }

  @Mutation(() => Boolean, {
    description: 'Ends the current session; its tokens stop working at once',
  })
  signOut(@CurrentScope() scope: RequestScope): Promise<boolean> {
    return this.auth.signOut(scope);
  }

  @Mutation(() => AuthPayload, { description: 'Changes the password and ends every other session' })
  changePassword(@CurrentScope() scope: RequestScope, @Args('input') input: ChangePasswordInput) {
    return this.auth.changePassword(scope, input.currentPassword, input.newPassword);
  }
}
