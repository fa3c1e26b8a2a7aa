import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { ActivityService } from '../activity/activity.service';
import { changesBetween, initialValues, withoutUndefined } from '../common/entity-changes';
import { findVisible, lockVisibleForUpdate } from '../common/record-lookup';
import { Engagement } from '../engagements/engagement.entity';
import { Actor, RequestScope } from '../policy/actor';
import { Action, PolicyService } from '../policy/policy.service';
import { Milestone } from './milestone.entity';
import { CreateMilestoneInput, UpdateMilestoneInput } from './milestone.inputs';

const LOGGED_FIELDS = ['title', 'description', 'dueDate'] as const;

@Injectable()
export class MilestoneService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly activity: ActivityService,
  ) {}

  get(actor: Actor, id: string) {
    return findVisible(
      this.dataSource.manager,
      Milestone,
      'Milestone',
      id,
      actor,
      this.policy.scopeByEngagement,
    );
  }

  async create(scope: RequestScope, input: CreateMilestoneInput): Promise<Milestone> {
    return this.dataSource.transaction(async (manager) => {
      const engagement = await findVisible(
        manager,
        Engagement,
        'Engagement',
        input.engagementId,
        scope.actor,
        this.policy.scopeEngagements,
      );
      await this.policy.authorizeOnEngagement(
        manager,
        scope.actor,
        Action.ManageMilestones,
        engagement.id,
      );

      const milestone = await manager.save(Milestone, manager.create(Milestone, input));
      await this.activity.record(manager, scope, {
        action: 'milestone.created',
        entityType: 'Milestone',
        entityId: milestone.id,
        engagementId: engagement.id,
        organizationId: engagement.clientId,
        changes: initialValues(milestone, LOGGED_FIELDS),
      });

      return milestone;
    });
  }

  async update(scope: RequestScope, input: UpdateMilestoneInput): Promise<Milestone> {
    return this.dataSource.transaction(async (manager) => {
      const current = await lockVisibleForUpdate(
        manager,
        Milestone,
        'Milestone',
        input.id,
        input.version,
        scope.actor,
        this.policy.scopeByEngagement,
      );
      await this.policy.authorizeOnEngagement(
        manager,
        scope.actor,
        Action.ManageMilestones,
        current.engagementId,
      );
      const engagement = await manager.findOneByOrFail(Engagement, { id: current.engagementId });

      const { id: _id, version: _version, ...changes } = input;
      const saved = await manager.save(
        Milestone,
        manager.create(Milestone, { ...current, ...withoutUndefined(changes) }),
      );
      await this.activity.record(manager, scope, {
        action: 'milestone.updated',
        entityType: 'Milestone',
        entityId: saved.id,
        engagementId: engagement.id,
        organizationId: engagement.clientId,
        changes: changesBetween(current, saved, LOGGED_FIELDS),
      });

      return saved;
    });
  }
}
