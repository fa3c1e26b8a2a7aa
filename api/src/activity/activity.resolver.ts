import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';

import { DomainError } from '../common/domain-error';
import { PageArgs } from '../common/pagination';
import { findVisible } from '../common/record-lookup';
import { Engagement } from '../engagements/engagement.entity';
import { CurrentScope } from '../graphql/current-scope.decorator';
import { RequestScope } from '../policy/actor';
import { PolicyService } from '../policy/policy.service';
import { ActivityEvent } from './activity-event.entity';

@Resolver(() => ActivityEvent)
export class ActivityResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
  ) {}

  @Query(() => [ActivityEvent], { description: 'Latest changes on an engagement, newest first' })
  async engagementActivity(
    @CurrentScope() scope: RequestScope,
    @Args('engagementId', { type: () => ID, description: 'Engagement' }) engagementId: string,
    @Args() page: PageArgs,
  ): Promise<ActivityEvent[]> {
    await findVisible(
      this.dataSource.manager,
      Engagement,
      'Engagement',
      engagementId,
      scope.actor,
      this.policy.scopeEngagements,
    );
    const query = this.policy
      .scopeActivityEvents(
        this.dataSource.getRepository(ActivityEvent).createQueryBuilder('event'),
        scope.actor,
        'event',
      )
      .andWhere('event.engagementId = :engagementId', { engagementId })
      .orderBy('event.seq', 'DESC')
      .limit(page.first);
    if (page.after) {
      // The cursor of this list is the position (seq) of the last event seen.
      if (!/^\d{1,18}$/.test(page.after)) {
        throw DomainError.badInput([
          { field: 'after', message: 'must be the seq of an event from this list' },
        ]);
      }
      query.andWhere('event.seq < :after', { after: page.after });
    }

    return query.getMany();
  }
}
