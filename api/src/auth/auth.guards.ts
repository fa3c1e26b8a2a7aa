import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';

import { DomainError } from '../common/domain-error';
import { problemsOf } from '../common/validation.pipe';
import { GraphqlContext } from '../graphql/graphql-context';
import { SignInInput } from './dto/auth.inputs';
import { IS_PUBLIC } from './public.decorator';

function requestOf(context: ExecutionContext) {
  if (context.getType<GqlContextType>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphqlContext>().req;
  }

  return context.switchToHttp().getRequest();
}

/** Applied to every route and operation: a live access token is required unless @Public. */
@Injectable()
export class AccessTokenGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    // Guards run once per top-level field: the session is checked once per request.
    if (requestOf(context).user) return true;

    return super.canActivate(context);
  }

  override getRequest(context: ExecutionContext) {
    return requestOf(context);
  }

  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    // A failure of ours (the database is down) is not the caller's fault: it surfaces as such.
    if (error) throw error;
    if (!user) throw DomainError.unauthenticated();

    return user;
  }
}

/**
 * Runs the local (email and password) strategy on the sign-in mutation's input, once the input
 * is well-formed: a malformed email is BAD_USER_INPUT, not a failed (and throttled) attempt.
 */
@Injectable()
export class SignInGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext) {
    const input = GqlExecutionContext.create(context).getArgs<{ input: unknown }>().input;
    const problems = await validate(plainToInstance(SignInInput, input ?? {}));
    if (problems.length > 0) throw DomainError.badInput(problemsOf(problems));

    return (await super.canActivate(context)) as boolean;
  }

  override getRequest(context: ExecutionContext) {
    const graphql = GqlExecutionContext.create(context);
    const graphqlContext = graphql.getContext<GraphqlContext>();
    graphqlContext.signIn = { body: graphql.getArgs<{ input: unknown }>().input };

    return graphqlContext.signIn;
  }

  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    if (error) throw error;
    if (!user) throw DomainError.unauthenticated('Email or password is incorrect');

    return user;
  }
}
