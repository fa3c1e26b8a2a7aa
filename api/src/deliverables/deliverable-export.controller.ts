import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';

import { DomainError } from '../common/domain-error';
import { findVisible } from '../common/record-lookup';
import { Engagement } from '../engagements/engagement.entity';
import { sendGeneratedFile } from '../evidence/stored-file.response';
import { AuthenticatedRequest } from '../graphql/graphql-context';
import { Milestone } from '../milestones/milestone.entity';
import { PolicyService } from '../policy/policy.service';
import { Deliverable } from './deliverable.entity';
import { renderDeliverablesCsv } from './deliverables-csv.renderer';

@Controller('api')
export class DeliverableExportController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
  ) {}

  /** Every deliverable of an engagement the caller can see, as CSV. */
  @Get('engagements/:engagementId/deliverables.csv')
  async csv(
    @Param('engagementId') engagementId: string,
    @Req() request: AuthenticatedRequest,
    @Res() reply: FastifyReply,
  ) {
    const actor = request.user;
    if (!actor) throw DomainError.unauthenticated();
    const manager = this.dataSource.manager;
    const engagement = await findVisible(
      manager,
      Engagement,
      'Engagement',
      engagementId,
      actor,
      this.policy.scopeEngagements,
    );
    const scoped = <T extends Deliverable | Milestone>(entity: new () => T) =>
      this.policy
        .scopeByEngagement(manager.getRepository(entity).createQueryBuilder('row'), actor, 'row')
        .andWhere('row.engagementId = :engagementId', { engagementId: engagement.id });

    const deliverables = await scoped(Deliverable)
      .orderBy('row.dueDate', 'ASC')
      .addOrderBy('row.title', 'ASC')
      .getMany();
    const milestones = await scoped(Milestone).getMany();

    return sendGeneratedFile(reply, {
      contentType: 'text/csv; charset=utf-8',
      fileName: `deliverables-${engagement.name}.csv`,
      body: renderDeliverablesCsv(
        deliverables,
        new Map(milestones.map((milestone) => [milestone.id, milestone.title])),
      ),
    });
  }
}
