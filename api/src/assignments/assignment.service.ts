import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { ActivityService } from '../activity/activity.service';
import { DomainError } from '../common/domain-error';
import { changesBetween, initialValues, withoutUndefined } from '../common/entity-changes';
import { findVisible, lockVisibleForUpdate } from '../common/record-lookup';
import { Engagement } from '../engagements/engagement.entity';
import { EngineerProfile } from '../engineers/engineer-profile.entity';
import { Actor, RequestScope } from '../policy/actor';
import { Action, PolicyService } from '../policy/policy.service';
import { Assignment } from './assignment.entity';
import { CreateAssignmentInput, UpdateAssignmentInput } from './assignment.inputs';

const LOGGED_FIELDS = [
  'engagementId',
  'engineerId',
  'role',
  'allocationPercent',
  'startDate',
  'endDate',
] as const;

@Injectable()
export class AssignmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly activity: ActivityService,
  ) {}

  get(actor: Actor, id: string) {
    return findVisible(
      this.dataSource.manager,
      Assignment,
      'Assignment',
      id,
      actor,
      this.policy.scopeByEngagement,
    );
  }

  async create(scope: RequestScope, input: CreateAssignmentInput): Promise<Assignment> {
    return this.dataSource.transaction(async (manager) => {
      const engagement = await findVisible(
        manager,
        Engagement,
        'Engagement',
        input.engagementId,
        scope.actor,
        this.policy.scopeEngagements,
      );
      this.policy.authorize(scope.actor, Action.ManageAssignments);
      await findVisible(
        manager,
        EngineerProfile,
        'Engineer',
        input.engineerId,
        scope.actor,
        this.policy.scopeEngineers,
      );
      if (input.startDate < engagement.startDate) {
        throw DomainError.badInput([
          { field: 'startDate', message: 'is before the engagement starts' },
        ]);
      }

      const assignment = await manager.save(
        Assignment,
        manager.create(Assignment, {
          ...input,
          endDate: input.endDate ?? null,
        }),
      );
      await this.activity.record(manager, scope, {
        action: 'assignment.created',
        entityType: 'Assignment',
        entityId: assignment.id,
        engagementId: engagement.id,
        organizationId: engagement.clientId,
        changes: initialValues(assignment, LOGGED_FIELDS),
      });

      return assignment;
    });
  }

  async update(scope: RequestScope, input: UpdateAssignmentInput): Promise<Assignment> {
    return this.dataSource.transaction(async (manager) => {
      const current = await lockVisibleForUpdate(
        manager,
        Assignment,
        'Assignment',
        input.id,
        input.version,
        scope.actor,
        this.policy.scopeByEngagement,
      );
      this.policy.authorize(scope.actor, Action.ManageAssignments);

      const { id: _id, version: _version, ...changes } = input;
      const next = manager.create(Assignment, { ...current, ...withoutUndefined(changes) });
      if (next.endDate && next.endDate < next.startDate) {
        throw DomainError.badInput([{ field: 'endDate', message: 'must not be before startDate' }]);
      }
      const saved = await manager.save(Assignment, next);
      const engagement = await manager.findOneByOrFail(Engagement, { id: saved.engagementId });
      await this.activity.record(manager, scope, {
        action: 'assignment.updated',
        entityType: 'Assignment',
        entityId: saved.id,
        engagementId: saved.engagementId,
        organizationId: engagement.clientId,
        changes: changesBetween(current, saved, LOGGED_FIELDS),
      });

      return saved;
    });
  }
}
