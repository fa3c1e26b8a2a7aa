import { Injectable } from '@nestjs/common';
import { OrganizationKind } from '@portal/domain';
import { DataSource, EntityManager } from 'typeorm';

import { ActivityService } from '../activity/activity.service';
import { DomainError } from '../common/domain-error';
import { changesBetween, initialValues, withoutUndefined } from '../common/entity-changes';
import { findVisible, lockVisibleForUpdate } from '../common/record-lookup';
import { Engagement } from '../engagements/engagement.entity';
import { Organization } from '../organizations/organization.entity';
import { Actor, RequestScope } from '../policy/actor';
import { Action, PolicyService } from '../policy/policy.service';
import { User } from '../users/user.entity';
import { Deliverable } from './deliverable.entity';
import { CreateDeliverableInput, UpdateDeliverableInput } from './deliverable.inputs';

const LOGGED_FIELDS = ['title', 'description', 'type', 'status', 'dueDate', 'ownerId'] as const;

@Injectable()
export class DeliverableService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly activity: ActivityService,
  ) {}

  get(actor: Actor, id: string) {
    return findVisible(
      this.dataSource.manager,
      Deliverable,
      'Deliverable',
      id,
      actor,
      this.policy.scopeByEngagement,
    );
  }

  async create(scope: RequestScope, input: CreateDeliverableInput): Promise<Deliverable> {
    return this.dataSource.transaction(async (manager) => {
      const engagement = await findVisible(
        manager,
        Engagement,
        'Engagement',
        input.engagementId,
        scope.actor,
        this.policy.scopeEngagements,
      );
      this.policy.authorize(scope.actor, Action.ManageDeliverables);
      if (input.ownerId) await this.assertOwner(manager, engagement, input.ownerId);

      const deliverable = await manager.save(
        Deliverable,
        manager.create(Deliverable, {
          ...input,
          ownerId: input.ownerId ?? null,
        }),
      );
      await this.activity.record(manager, scope, {
        action: 'deliverable.created',
        entityType: 'Deliverable',
        entityId: deliverable.id,
        engagementId: engagement.id,
        organizationId: engagement.clientId,
        changes: initialValues(deliverable, LOGGED_FIELDS),
      });

      return deliverable;
    });
  }

  async update(scope: RequestScope, input: UpdateDeliverableInput): Promise<Deliverable> {
    return this.dataSource.transaction(async (manager) => {
      const current = await lockVisibleForUpdate(
        manager,
        Deliverable,
        'Deliverable',
        input.id,
        input.version,
        scope.actor,
        this.policy.scopeByEngagement,
      );
      this.policy.authorize(scope.actor, Action.ManageDeliverables);
      const engagement = await manager.findOneByOrFail(Engagement, { id: current.engagementId });
      if (input.ownerId) await this.assertOwner(manager, engagement, input.ownerId);

      const { id: _id, version: _version, ...changes } = input;
      const saved = await manager.save(
        Deliverable,
        manager.create(Deliverable, {
          ...current,
          ...withoutUndefined(changes),
        }),
      );
      await this.activity.record(manager, scope, {
        action: 'deliverable.updated',
        entityType: 'Deliverable',
        entityId: saved.id,
        engagementId: engagement.id,
        organizationId: engagement.clientId,
        changes: changesBetween(current, saved, LOGGED_FIELDS),
      });

      return saved;
    });
  }

  /** An owner works for the agency or for this engagement's client, never for another client. */
  private async assertOwner(manager: EntityManager, engagement: Engagement, ownerId: string) {
    const owner = await manager
      .getRepository(User)
      .createQueryBuilder('user')
      .innerJoin(Organization, 'organization', 'organization.id = user.organizationId')
      .where('user.id = :ownerId AND user.active', { ownerId })
      .andWhere('(organization.kind = :agency OR organization.id = :clientId)', {
        agency: OrganizationKind.AGENCY,
        clientId: engagement.clientId,
      })
      .getOne();
    if (!owner) {
      throw DomainError.badInput([
        { field: 'ownerId', message: 'is not an active user of the agency or this client' },
      ]);
    }
  }
}
