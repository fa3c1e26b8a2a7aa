import { Injectable } from '@nestjs/common';
import { Role } from '@portal/domain';
import { DataSource } from 'typeorm';

import { ActivityService } from '../activity/activity.service';
import { DomainError } from '../common/domain-error';
import { findVisible } from '../common/record-lookup';
import { Engagement } from '../engagements/engagement.entity';
import { Actor, RequestScope } from '../policy/actor';
import { Action, PolicyService } from '../policy/policy.service';
import { assertFrameworksInScope } from '../requirements/framework-scope';
import { User } from '../users/user.entity';
import { AuditGrant } from './audit-grant.entity';
import { GrantAuditAccessInput } from './audit-grant.inputs';

@Injectable()
export class AuditGrantService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly activity: ActivityService,
  ) {}

  /** Grants of an engagement, for those who manage them. */
  async forEngagement(actor: Actor, engagementId: string) {
    await findVisible(
      this.dataSource.manager,
      Engagement,
      'Engagement',
      engagementId,
      actor,
      this.policy.scopeEngagements,
    );
    this.policy.authorize(actor, Action.GrantAuditAccess);

    return this.dataSource
      .getRepository(AuditGrant)
      .find({ where: { engagementId }, order: { createdAt: 'DESC' } });
  }

  /** The signed-in auditor's grants that are still active. */
  mine(actor: Actor) {
    return this.dataSource
      .getRepository(AuditGrant)
      .createQueryBuilder('grant')
      .where('grant.auditorId = :userId AND grant.revokedAt IS NULL AND grant.expiresAt > now()', {
        userId: actor.userId,
      })
      .orderBy('grant.expiresAt', 'ASC')
      .getMany();
  }

  async grant(scope: RequestScope, input: GrantAuditAccessInput): Promise<AuditGrant> {
    return this.dataSource.transaction(async (manager) => {
      const engagement = await findVisible(
        manager,
        Engagement,
        'Engagement',
        input.engagementId,
        scope.actor,
        this.policy.scopeEngagements,
      );
      this.policy.authorize(scope.actor, Action.GrantAuditAccess);
      const auditor = await manager.findOneBy(User, {
        email: input.auditorEmail.trim().toLowerCase(),
        active: true,
      });
      if (auditor?.role !== Role.AUDITOR) {
        throw DomainError.badInput([
          { field: 'auditorEmail', message: 'is not an active auditor account' },
        ]);
      }
      if (input.expiresAt.getTime() <= Date.now()) {
        throw DomainError.badInput([{ field: 'expiresAt', message: 'must be in the future' }]);
      }
      await assertFrameworksInScope(manager, engagement.id, input.frameworks);

      const grant = await manager.save(
        AuditGrant,
        manager.create(AuditGrant, {
          auditorId: auditor.id,
          engagementId: engagement.id,
          frameworks: [...new Set(input.frameworks)],
          periodFrom: input.periodFrom,
          periodTo: input.periodTo,
          expiresAt: input.expiresAt,
          grantedById: scope.actor.userId,
        }),
      );
      await this.activity.record(manager, scope, {
        action: 'audit-grant.granted',
        entityType: 'AuditGrant',
        entityId: grant.id,
        engagementId: engagement.id,
        organizationId: engagement.clientId,
        changes: {
          auditor: auditor.email,
          frameworks: grant.frameworks,
          periodFrom: grant.periodFrom,
          periodTo: grant.periodTo,
          expiresAt: grant.expiresAt.toISOString(),
        },
      });

      return grant;
    });
  }

  async revoke(scope: RequestScope, grantId: string): Promise<AuditGrant> {
    return this.dataSource.transaction(async (manager) => {
      const grant = await findVisible(
        manager,
        AuditGrant,
        'Audit grant',
        grantId,
        scope.actor,
        this.policy.scopeAuditGrants,
      );
      this.policy.authorize(scope.actor, Action.GrantAuditAccess);
      if (grant.revokedAt) return grant;

      grant.revokedAt = new Date();
      const saved = await manager.save(grant);
      await this.activity.record(manager, scope, {
        action: 'audit-grant.revoked',
        entityType: 'AuditGrant',
        entityId: grant.id,
        engagementId: grant.engagementId,
        changes: {},
      });

      return saved;
    });
  }
}
