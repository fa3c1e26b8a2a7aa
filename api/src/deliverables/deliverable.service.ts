import { Injectable } from '@nestjs/common';
import { DeliverableStatus } from '@portal/domain';
import { DataSource, EntityManager } from 'typeorm';

import { ActivityService } from '../activity/activity.service';
import { DomainError } from '../common/domain-error';
import { changesBetween, initialValues, withoutUndefined } from '../common/entity-changes';
import { findVisible, lockVisibleForUpdate } from '../common/record-lookup';
import { Engagement } from '../engagements/engagement.entity';
import { assertEngagementMember } from '../engagements/engagement-member';
import { Actor, RequestScope } from '../policy/actor';
import { Action, PolicyService } from '../policy/policy.service';
import { Deliverable } from './deliverable.entity';
import { CreateDeliverableInput, UpdateDeliverableInput } from './deliverable.inputs';

const SIGN_OFF_STATUSES: readonly DeliverableStatus[] = [
  DeliverableStatus.ACCEPTED,
  DeliverableStatus.CHANGES_REQUESTED,
];

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
      await this.policy.authorizeOnEngagement(
        manager,
        scope.actor,
        Action.ManageDeliverables,
        engagement.id,
      );
      if (SIGN_OFF_STATUSES.includes(input.status)) {
        throw DomainError.forbidden('create a deliverable that is already signed off');
      }
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
      await this.authorizeUpdate(manager, scope, current, input);
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

  /**
   * Sign-off is the client's: a client manager moves a SUBMITTED deliverable to ACCEPTED or
   * CHANGES_REQUESTED and changes nothing else; the agency does everything else but that, and
   * leaves an accepted deliverable as it is.
   */
  private async authorizeUpdate(
    manager: EntityManager,
    scope: RequestScope,
    current: Deliverable,
    input: UpdateDeliverableInput,
  ) {
    const changed = Object.entries(input).filter(
      ([field, value]) => !['id', 'version'].includes(field) && value !== undefined,
    );
    const isSignOff =
      input.status !== undefined &&
      SIGN_OFF_STATUSES.includes(input.status) &&
      changed.length === 1;
    if (isSignOff) {
      this.policy.authorize(scope.actor, Action.SignOffDeliverable);
      if (current.status !== DeliverableStatus.SUBMITTED) {
        throw DomainError.badInput([
          { field: 'status', message: 'only a submitted deliverable can be signed off' },
        ]);
      }
      return;
    }

    await this.policy.authorizeOnEngagement(
      manager,
      scope.actor,
      Action.ManageDeliverables,
      current.engagementId,
    );
    if (input.status !== undefined && SIGN_OFF_STATUSES.includes(input.status)) {
      throw DomainError.forbidden('sign off deliverables (the client manager does)');
    }
    if (current.status === DeliverableStatus.ACCEPTED) {
      throw DomainError.badInput([
        { field: 'id', message: 'an accepted deliverable is not changed any more' },
      ]);
    }
  }
}
