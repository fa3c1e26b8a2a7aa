import { Args, Query, Resolver } from '@nestjs/graphql';

import { CurrentScope } from '../graphql/current-scope.decorator';
import { RequestScope } from '../policy/actor';
import { PortfolioService } from './portfolio.service';
import { Portfolio, PortfolioArgs } from './portfolio.types';

@Resolver(() => Portfolio)
export class PortfolioResolver {
  constructor(private readonly portfolioService: PortfolioService) {}

  @Query(() => Portfolio, {
    description:
      'Engagements of an account lead with staffing ahead (agency admins, account leads)',
  })
  portfolio(@CurrentScope() scope: RequestScope, @Args() args: PortfolioArgs) {
    return this.portfolioService.portfolio(scope.actor, args);
  }
}
