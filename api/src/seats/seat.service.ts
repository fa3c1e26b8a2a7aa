import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { findVisible } from '../common/record-lookup';
import { Engagement } from '../engagements/engagement.entity';
import { Actor } from '../policy/actor';
import { PolicyService } from '../policy/policy.service';
import { Seat } from './seat.entity';

@Injectable()
export class SeatService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
  ) {}

  get(actor: Actor, id: string) {
    return findVisible(this.dataSource.manager, Seat, 'Seat', id, actor, this.policy.scopeSeats);
  }

  /** Seats of a visible engagement, in the order they are needed. */
  async listForEngagement(actor: Actor, engagementId: string): Promise<Seat[]> {
    await findVisible(
      this.dataSource.manager,
      Engagement,
      'Engagement',
      engagementId,
      actor,
      this.policy.scopeEngagements,
    );
    const query = this.dataSource.getRepository(Seat).createQueryBuilder('seat');

    return this.policy
      .scopeSeats(query, actor, 'seat')
      .andWhere('seat.engagementId = :engagementId', { engagementId })
      .orderBy('seat.neededFrom', 'ASC')
      .addOrderBy('seat.id', 'ASC')
      .getMany();
  }
}
