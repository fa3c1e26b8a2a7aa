import { Injectable } from '@nestjs/common';
import { RaidStatus, RaidVisibility, sideOf } from '@portal/domain';
import { DataSource, EntityManager, In } from 'typeorm';

import { ActivityService } from '../activity/activity.service';
import { DomainError } from '../common/domain-error';
import { changesBetween, initialValues, withoutUndefined } from '../common/entity-changes';
import { findVisible, lockVisibleForUpdate } from '../common/record-lookup';
import { Deliverable } from '../deliverables/deliverable.entity';
import { Engagement } from '../engagements/engagement.entity';
import { assertEngagementMember } from '../engagements/engagement-member';
import { Actor, RequestScope } from '../policy/actor';
import { Action, PolicyService } from '../policy/policy.service';
import { User } from '../users/user.entity';
import { RaidItem } from './raid-item.entity';
import {
  CloseRaidItemInput,
  CreateRaidItemInput,
  ReopenRaidItemInput,
  UpdateRaidItemInput,
} from './raid-item.inputs';
import { RaidItemDeliverableLink } from './raid-item-link.entity';

const LOGGED_FIELDS = [
  'kind',
  'title',
  'description',
  'severity',
  'status',
  'closingNote',
  'visibility',
  'ownerId',
] as const;

/**
 * The RAID log of an engagement. Both sides read and change CLIENT_VISIBLE entries; INTERNAL
 * ones exist only for the side that wrote them (the policy scope hides them from the other),
 * and only that side may change an entry's visibility.
 */
@Injectable()
export class RaidItemService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly activity: ActivityService,
  ) {}

  get(actor: Actor, id: string) {
    return findVisible(
      this.dataSource.manager,
      RaidItem,
      'RaidItem',
      id,
      actor,
      this.policy.scopeRaidItems,
    );
  }

  async create(scope: RequestScope, input: CreateRaidItemInput): Promise<RaidItem> {
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
        Action.ManageRaidItems,
        engagement.id,
      );
      const authorSide = sideOf(scope.actor.role)!;
      const { deliverableIds, ...values } = input;
      const item = manager.create(RaidItem, {
        ...values,
        ownerId: input.ownerId ?? null,
        authorSide,
        status: RaidStatus.OPEN,
        closingNote: null,
        closedAt: null,
        createdById: scope.actor.userId,
      });
      await this.assertOwner(manager, engagement, item);
      await this.assertDeliverables(manager, engagement.id, deliverableIds);

      const saved = await manager.save(RaidItem, item);
      await this.replaceLinks(manager, saved.id, deliverableIds);
      await this.record(manager, scope, engagement, 'raid-item.created', saved, {
        ...initialValues(saved, LOGGED_FIELDS),
        deliverableIds: { from: null, to: deliverableIds },
      });

      return saved;
    });
  }

  async update(scope: RequestScope, input: UpdateRaidItemInput): Promise<RaidItem> {
    return this.change(scope, input.id, input.version, async (manager, engagement, current) => {
      if (
        input.visibility !== undefined &&
        input.visibility !== current.visibility &&
        current.authorSide !== sideOf(scope.actor.role)
      ) {
        throw DomainError.forbidden('change the visibility of an entry the other side wrote');
      }
      const { id: _id, version: _version, deliverableIds, ...changes } = input;
      const next = manager.create(RaidItem, { ...current, ...withoutUndefined(changes) });
      if (input.ownerId !== undefined || input.visibility !== undefined)
        await this.assertOwner(manager, engagement, next);
      if (deliverableIds) {
        await this.assertDeliverables(manager, engagement.id, deliverableIds);
        await this.replaceLinks(manager, current.id, deliverableIds);
      }

      return { next, action: 'raid-item.updated', extra: deliverableIds ? { deliverableIds } : {} };
    });
  }

  async close(scope: RequestScope, input: CloseRaidItemInput): Promise<RaidItem> {
    return this.change(scope, input.id, input.version, async (manager, _engagement, current) => {
      if (current.status === RaidStatus.CLOSED) {
        throw DomainError.badInput([{ field: 'id', message: 'the entry is already closed' }]);
      }
      const next = manager.create(RaidItem, {
        ...current,
        status: RaidStatus.CLOSED,
        closingNote: input.closingNote.trim(),
        closedAt: new Date(),
      });

      return { next, action: 'raid-item.closed', extra: {} };
    });
  }

  async reopen(scope: RequestScope, input: ReopenRaidItemInput): Promise<RaidItem> {
    return this.change(scope, input.id, input.version, async (manager, _engagement, current) => {
      if (current.status === RaidStatus.OPEN) {
        throw DomainError.badInput([{ field: 'id', message: 'the entry is open' }]);
      }
      const next = manager.create(RaidItem, {
        ...current,
        status: RaidStatus.OPEN,
        closingNote: null,
        closedAt: null,
      });

      return { next, action: 'raid-item.reopened', extra: {} };
    });
  }

  /** Locks the entry through the scope, checks version and permission, saves and logs. */
  private change(
    scope: RequestScope,
    id: string,
    version: number,
    decide: (
      manager: EntityManager,
      engagement: Engagement,
      current: RaidItem,
    ) => Promise<{ next: RaidItem; action: string; extra: Record<string, unknown> }>,
  ): Promise<RaidItem> {
    return this.dataSource.transaction(async (manager) => {
      const current = await lockVisibleForUpdate(
        manager,
        RaidItem,
        'RaidItem',
        id,
        version,
        scope.actor,
        this.policy.scopeRaidItems,
      );
      await this.policy.authorizeOnEngagement(
        manager,
        scope.actor,
        Action.ManageRaidItems,
        current.engagementId,
      );
      const engagement = await manager.findOneByOrFail(Engagement, { id: current.engagementId });

      const { next, action, extra } = await decide(manager, engagement, current);
      const saved = await manager.save(RaidItem, next);
      const changes: Record<string, unknown> = changesBetween(current, saved, LOGGED_FIELDS);
      for (const [field, value] of Object.entries(extra))
        changes[field] = { from: null, to: value };
      await this.record(manager, scope, engagement, action, saved, changes);

      return saved;
    });
  }

  /** The owner works on the engagement; an INTERNAL entry's owner is on the author's side. */
  private async assertOwner(manager: EntityManager, engagement: Engagement, item: RaidItem) {
    if (!item.ownerId) return;
    await assertEngagementMember(manager, engagement, item.ownerId, 'ownerId');
    if (item.visibility !== RaidVisibility.INTERNAL) return;

    const owner = await manager.findOne(User, {
      where: { id: item.ownerId },
      select: { id: true, role: true },
    });
    if (!owner || sideOf(owner.role) !== item.authorSide) {
      throw DomainError.badInput([
        { field: 'ownerId', message: 'an internal entry is owned by someone on your side' },
      ]);
    }
  }

  private async assertDeliverables(manager: EntityManager, engagementId: string, ids: string[]) {
    if (ids.length === 0) return;
    const found = await manager.countBy(Deliverable, { id: In(ids), engagementId });
    if (found !== new Set(ids).size) {
      throw DomainError.badInput([
        { field: 'deliverableIds', message: 'must be deliverables of this engagement' },
      ]);
    }
  }

  private async replaceLinks(manager: EntityManager, raidItemId: string, deliverableIds: string[]) {
    await manager.delete(RaidItemDeliverableLink, { raidItemId });
    const unique = [...new Set(deliverableIds)];
    if (unique.length > 0) {
      await manager.insert(
        RaidItemDeliverableLink,
        unique.map((deliverableId) => ({ raidItemId, deliverableId })),
      );
    }
  }

  private record(
    manager: EntityManager,
    scope: RequestScope,
    engagement: Engagement,
    action: string,
    item: RaidItem,
    changes: Record<string, unknown>,
  ) {
    return this.activity.record(manager, scope, {
      action,
      entityType: 'RaidItem',
      entityId: item.id,
      engagementId: engagement.id,
      organizationId: engagement.clientId,
      changes,
    });
  }
}
