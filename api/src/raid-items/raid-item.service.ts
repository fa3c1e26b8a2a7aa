import { Injectable } from '@nestjs/common';
import { RaidStatus, RaidVisibility, sideOf } from '@portal/domain';
import { DataSource, EntityManager, EntityTarget, In, ObjectLiteral } from 'typeorm';

import { ActivityService } from '../activity/activity.service';
import { DomainError } from '../common/domain-error';
import { changesBetween, initialValues, withoutUndefined } from '../common/entity-changes';
import { findVisible, lockVisibleForUpdate } from '../common/record-lookup';
import { Deliverable } from '../deliverables/deliverable.entity';
import { Engagement } from '../engagements/engagement.entity';
import { assertEngagementMember } from '../engagements/engagement-member';
import { Actor, RequestScope } from '../policy/actor';
import { Action, PolicyService } from '../policy/policy.service';
import { Seat } from '../seats/seat.entity';
import { User } from '../users/user.entity';
import { RaidItem } from './raid-item.entity';
import {
  CloseRaidItemInput,
  CreateRaidItemInput,
  ReopenRaidItemInput,
  UpdateRaidItemInput,
} from './raid-item.inputs';
import { RaidItemDeliverableLink } from './raid-item-link.entity';
import { RaidItemSeatLink } from './raid-item-seat-link.entity';

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

/** What an entry can concern: one link table per target, keyed by the input field naming it. */
const LINKS = {
  deliverableIds: { entity: RaidItemDeliverableLink, target: 'deliverableId' },
  seatIds: { entity: RaidItemSeatLink, target: 'seatId' },
} as const;

type LinkField = keyof typeof LINKS;

type FieldChange = { from: unknown; to: unknown };

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
      const { deliverableIds, seatIds, ...values } = input;
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
      await this.assertSeats(manager, scope.actor, engagement.id, seatIds);

      const saved = await manager.save(RaidItem, item);
      const deliverables = await this.replaceLinks(
        manager,
        saved.id,
        'deliverableIds',
        deliverableIds,
      );
      const seats = await this.replaceLinks(manager, saved.id, 'seatIds', seatIds);
      await this.record(manager, scope, engagement, 'raid-item.created', saved, {
        ...initialValues(saved, LOGGED_FIELDS),
        deliverableIds: { from: null, to: deliverables?.to ?? [] },
        seatIds: { from: null, to: seats?.to ?? [] },
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
      const { id: _id, version: _version, deliverableIds, seatIds, ...changes } = input;
      const next = manager.create(RaidItem, { ...current, ...withoutUndefined(changes) });
      if (input.ownerId !== undefined || input.visibility !== undefined)
        await this.assertOwner(manager, engagement, next);
      const extra: Record<string, FieldChange> = {};
      if (deliverableIds) {
        await this.assertDeliverables(manager, engagement.id, deliverableIds);
        const change = await this.replaceLinks(
          manager,
          current.id,
          'deliverableIds',
          deliverableIds,
        );
        if (change) extra.deliverableIds = change;
      }
      if (seatIds) {
        await this.assertSeats(manager, scope.actor, engagement.id, seatIds);
        const change = await this.replaceLinks(manager, current.id, 'seatIds', seatIds);
        if (change) extra.seatIds = change;
      }

      return { next, action: 'raid-item.updated', extra };
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
    ) => Promise<{ next: RaidItem; action: string; extra: Record<string, FieldChange> }>,
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
      let saved = await manager.save(RaidItem, next);
      if (Object.keys(extra).length > 0 && saved.version === current.version) {
        // Links live in tables of their own, so saving the entry wrote nothing; the entry still
        // changed, and a client holding the old version must get CONFLICT.
        await manager.increment(RaidItem, { id: saved.id }, 'version', 1);
        saved = await manager.findOneByOrFail(RaidItem, { id: saved.id });
      }
      const changes = { ...changesBetween(current, saved, LOGGED_FIELDS), ...extra };
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

  /** Seats of this engagement that the actor can see; others are refused like unknown ids. */
  private async assertSeats(
    manager: EntityManager,
    actor: Actor,
    engagementId: string,
    ids: string[],
  ) {
    if (ids.length === 0) return;
    const unique = [...new Set(ids)];
    const query = manager.getRepository(Seat).createQueryBuilder('seat');
    const found = await this.policy
      .scopeSeats(query, actor, 'seat')
      .andWhere('seat.id IN (:...ids)', { ids: unique })
      .andWhere('seat.engagementId = :engagementId', { engagementId })
      .getCount();
    if (found !== unique.length) {
      throw DomainError.badInput([
        { field: 'seatIds', message: 'must be seats of this engagement' },
      ]);
    }
  }

  /**
   * Makes the entry's links of one kind exactly `ids`; returns the sorted ids before and after
   * for the activity log, or null when nothing changed.
   */
  private async replaceLinks(
    manager: EntityManager,
    raidItemId: string,
    field: LinkField,
    ids: string[],
  ): Promise<{ from: string[]; to: string[] } | null> {
    const entity: EntityTarget<ObjectLiteral> = LINKS[field].entity;
    const target = LINKS[field].target;
    const current = await manager.find(entity, { where: { raidItemId } });
    const from = current.map((link) => link[target] as string).sort();
    const to = [...new Set(ids)].sort();
    if (from.join() === to.join()) return null;

    await manager.delete(entity, { raidItemId });
    if (to.length > 0) {
      await manager.insert(
        entity,
        to.map((id) => ({ raidItemId, [target]: id })),
      );
    }

    return { from, to };
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
