import { Injectable } from '@nestjs/common';
import { AGENCY_ROLES, OrganizationKind, Role } from '@portal/domain';
import { DataSource, EntityManager } from 'typeorm';

import { ActivityService } from '../activity/activity.service';
import { DomainError } from '../common/domain-error';
import { changesBetween, initialValues, withoutUndefined } from '../common/entity-changes';
import { PageArgs, paginate } from '../common/pagination';
import { findVisible, lockVisibleForUpdate } from '../common/record-lookup';
import { containsPattern } from '../common/text-search';
import { Organization } from '../organizations/organization.entity';
import { Actor, RequestScope } from '../policy/actor';
import { Action, PolicyService } from '../policy/policy.service';
import { User } from '../users/user.entity';
import { Engagement } from './engagement.entity';
import {
  CreateEngagementInput,
  EngagementFilter,
  UpdateEngagementInput,
} from './engagement.inputs';

const LOGGED_FIELDS = [
  'name',
  'summary',
  'clientId',
  'accountLeadId',
  'serviceLines',
  'status',
  'startDate',
  'endDate',
] as const;

@Injectable()
export class EngagementService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly activity: ActivityService,
  ) {}

  get(actor: Actor, id: string, manager = this.dataSource.manager): Promise<Engagement> {
    return findVisible(manager, Engagement, 'Engagement', id, actor, this.policy.scopeEngagements);
  }

  list(actor: Actor, page: PageArgs, filter: EngagementFilter = {}) {
    const query = this.policy.scopeEngagements(
      this.dataSource.getRepository(Engagement).createQueryBuilder('engagement'),
      actor,
      'engagement',
    );
    if (filter.status) query.andWhere('engagement.status = :status', { status: filter.status });
    if (filter.clientId)
      query.andWhere('engagement.clientId = :clientId', { clientId: filter.clientId });
    if (filter.serviceLine) {
      query.andWhere(':serviceLine = ANY(engagement.serviceLines)', {
        serviceLine: filter.serviceLine,
      });
    }
    if (filter.search) {
      const pattern = containsPattern(filter.search);
      query.andWhere('engagement.name ILIKE :pattern', { pattern });
    }

    return paginate(query, 'engagement', 'name', page);
  }

  async create(scope: RequestScope, input: CreateEngagementInput): Promise<Engagement> {
    this.policy.authorize(scope.actor, Action.CreateEngagement);

    return this.dataSource.transaction(async (manager) => {
      await this.assertClient(manager, input.clientId);
      await this.assertAccountLead(manager, input.accountLeadId);
      const engagement = await manager.save(
        Engagement,
        manager.create(Engagement, {
          ...input,
          endDate: input.endDate ?? null,
        }),
      );
      await this.activity.record(manager, scope, {
        action: 'engagement.created',
        entityType: 'Engagement',
        entityId: engagement.id,
        engagementId: engagement.id,
        organizationId: engagement.clientId,
        changes: initialValues(engagement, LOGGED_FIELDS),
      });

      return engagement;
    });
  }

  async update(scope: RequestScope, input: UpdateEngagementInput): Promise<Engagement> {
    return this.dataSource.transaction(async (manager) => {
      const current = await lockVisibleForUpdate(
        manager,
        Engagement,
        'Engagement',
        input.id,
        input.version,
        scope.actor,
        this.policy.scopeEngagements,
      );
      this.policy.authorize(scope.actor, Action.UpdateEngagement);
      if (input.accountLeadId) await this.assertAccountLead(manager, input.accountLeadId);

      const { id: _id, version: _version, ...changes } = input;
      const next = manager.create(Engagement, { ...current, ...withoutUndefined(changes) });
      if (next.endDate && next.endDate < next.startDate) {
        throw DomainError.badInput([{ field: 'endDate', message: 'must not be before startDate' }]);
      }
      const saved = await manager.save(Engagement, next);
      await this.activity.record(manager, scope, {
        action: 'engagement.updated',
        entityType: 'Engagement',
        entityId: saved.id,
        engagementId: saved.id,
        organizationId: saved.clientId,
        changes: changesBetween(current, saved, LOGGED_FIELDS),
      });

      return saved;
    });
  }

  private async assertClient(manager: EntityManager, clientId: string) {
    const client = await manager.findOne(Organization, { where: { id: clientId } });
    if (client?.kind !== OrganizationKind.CLIENT) {
      throw DomainError.badInput([{ field: 'clientId', message: 'is not a client organization' }]);
    }
  }

  private async assertAccountLead(manager: EntityManager, userId: string) {
    const lead = await manager.findOne(User, { where: { id: userId, active: true } });
    if (!lead || !AGENCY_ROLES.includes(lead.role) || lead.role === Role.ENGINEER) {
      throw DomainError.badInput([
        { field: 'accountLeadId', message: 'is not an active account lead or agency admin' },
      ]);
    }
  }
}
