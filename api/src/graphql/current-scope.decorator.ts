import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';

import { DomainError } from '../common/domain-error';
import { RequestScope } from '../policy/actor';
import { GraphqlContext } from './graphql-context';

/** The signed-in actor and the request id, for services that check policy and write activity. */
export const CurrentScope = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestScope => {
    const { req } = GqlExecutionContext.create(context).getContext<GraphqlContext>();
    if (!req.user) throw DomainError.unauthenticated();

    return { actor: req.user, requestId: String(req.id) };
  },
);
