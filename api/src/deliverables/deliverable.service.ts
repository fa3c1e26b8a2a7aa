import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { ActivityService } from '../activity/activity.service';
import { changesBetween, initialValues, withoutUndefined } from '../common/entity-changes';
import { findVisible, lockVisibleForUpdate } from '../common/record-lookup';
import { Engagement } from '../engagements/engagement.entity';
import { assertEngagementMember } from '../engagements/engagement-member';
import { Actor, RequestScope } from '../policy/actor';
import { Action, PolicyService } from '../policy/policy.service';
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
      if (input.ownerId)
        await assertEngagementMember(manager, engagement, input.ownerId, 'ownerId');

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
      if (input.ownerId)
        await assertEngagementMember(manager, engagement, input.ownerId, 'ownerId');

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
}
