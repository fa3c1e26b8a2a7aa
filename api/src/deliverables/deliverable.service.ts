import { Injectable } from '@nestjs/common';
import {
  DeliverableStatus,
  NotificationKind,
  pinnedValueProblem,
  SignOffDecision,
} from '@portal/domain';
import { DataSource, EntityManager } from 'typeorm';

import { ActivityService } from '../activity/activity.service';
import { DomainError, ErrorCode } from '../common/domain-error';
import { changesBetween, initialValues, withoutUndefined } from '../common/entity-changes';
import { findVisible, lockVisibleForUpdate } from '../common/record-lookup';
import { Engagement } from '../engagements/engagement.entity';
import { assertEngagementMember } from '../engagements/engagement-member';
import { Milestone } from '../milestones/milestone.entity';
import { Audience, NotificationService } from '../notifications/notification.service';
import { Actor, RequestScope } from '../policy/actor';
import { Action, PolicyService } from '../policy/policy.service';
import { Deliverable } from './deliverable.entity';
import {
  CreateDeliverableInput,
  SignOffDeliverableInput,
  SubmitDeliverableInput,
  UpdateDeliverableInput,
} from './deliverable.inputs';
import { DeliverableStatusChange } from './deliverable-status-change.entity';

const LOGGED_FIELDS = [
  'title',
  'description',
  'type',
  'status',
  'dueDate',
  'ownerId',
  'milestoneId',
  'pinnedKind',
  'pinnedValue',
  'pinnedUrl',
] as const;

const STATUS_AFTER_SIGN_OFF: Record<SignOffDecision, DeliverableStatus> = {
  [SignOffDecision.ACCEPTED]: DeliverableStatus.ACCEPTED,
  [SignOffDecision.CHANGES_REQUESTED]: DeliverableStatus.CHANGES_REQUESTED,
};

/**
 * Deliverables move PLANNED → IN_PROGRESS → SUBMITTED (pinned to one version) → ACCEPTED or
 * CHANGES_REQUESTED. The agency edits and submits; only the client manager signs off, and only
 * the version that is pinned now. Every status change is kept in `deliverable_status_changes`.
 */
@Injectable()
export class DeliverableService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly activity: ActivityService,
    private readonly notifications: NotificationService,
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
      if (input.ownerId)
        await assertEngagementMember(manager, engagement, input.ownerId, 'ownerId');
      if (input.milestoneId) await assertMilestoneOf(manager, engagement.id, input.milestoneId);

      const deliverable = await manager.save(
        Deliverable,
        manager.create(Deliverable, {
          ...input,
          ownerId: input.ownerId ?? null,
          milestoneId: input.milestoneId ?? null,
        }),
      );
      await this.recordStatus(manager, scope, deliverable, null, null);
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
      const current = await this.lock(manager, scope, input.id, input.version);
      await this.policy.authorizeOnEngagement(
        manager,
        scope.actor,
        Action.ManageDeliverables,
        current.engagementId,
      );
      if (current.status === DeliverableStatus.ACCEPTED) {
        throw DomainError.badInput([
          { field: 'id', message: 'an accepted deliverable is not changed any more' },
        ]);
      }
      const engagement = await manager.findOneByOrFail(Engagement, { id: current.engagementId });
      if (input.ownerId)
        await assertEngagementMember(manager, engagement, input.ownerId, 'ownerId');
      if (input.milestoneId) await assertMilestoneOf(manager, engagement.id, input.milestoneId);

      const { id: _id, version: _version, ...changes } = input;
      const saved = await manager.save(
        Deliverable,
        manager.create(Deliverable, { ...current, ...withoutUndefined(changes) }),
      );
      if (saved.status !== current.status)
        await this.recordStatus(manager, scope, saved, current.status, null);
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

  /** Submits (or re-submits) a deliverable pinned to the version handed over. */
  async submit(scope: RequestScope, input: SubmitDeliverableInput): Promise<Deliverable> {
    const problem = pinnedValueProblem(input.pinnedVersion.kind, input.pinnedVersion.value);
    if (problem) throw DomainError.badInput([{ field: 'pinnedVersion.value', message: problem }]);

    return this.dataSource.transaction(async (manager) => {
      const current = await this.lock(manager, scope, input.id, input.version);
      await this.policy.authorizeOnEngagement(
        manager,
        scope.actor,
        Action.ManageDeliverables,
        current.engagementId,
      );
      if (current.status === DeliverableStatus.ACCEPTED) {
        throw DomainError.badInput([
          { field: 'id', message: 'an accepted deliverable is not submitted again' },
        ]);
      }

      const saved = await manager.save(
        Deliverable,
        manager.create(Deliverable, {
          ...current,
          status: DeliverableStatus.SUBMITTED,
          pinnedKind: input.pinnedVersion.kind,
          pinnedValue: input.pinnedVersion.value,
          pinnedUrl: input.pinnedVersion.url,
          submittedAt: new Date(),
        }),
      );
      await this.recordStatus(manager, scope, saved, current.status, input.note?.trim() || null);
      await this.recordActivity(manager, scope, 'deliverable.submitted', current, saved, null);
      await this.askForSignOff(manager, scope, saved);

      return saved;
    });
  }

  /** The client manager accepts the pinned version or asks for changes, with a reason. */
  async signOff(scope: RequestScope, input: SignOffDeliverableInput): Promise<Deliverable> {
    const reason = input.reason?.trim() || null;
    if (input.decision === SignOffDecision.CHANGES_REQUESTED && !reason) {
      throw DomainError.badInput([
        { field: 'reason', message: 'say what has to change when requesting changes' },
      ]);
    }

    return this.dataSource.transaction(async (manager) => {
      const current = await this.lock(manager, scope, input.id, input.version);
      this.policy.authorize(scope.actor, Action.SignOffDeliverable);
      if (current.status !== DeliverableStatus.SUBMITTED) {
        throw DomainError.badInput([
          { field: 'id', message: 'only a submitted deliverable can be signed off' },
        ]);
      }
      if (current.pinnedValue !== input.pinnedValue) {
        throw new DomainError(
          ErrorCode.Conflict,
          `Deliverable ${current.id} is pinned at ${current.pinnedValue}, not ${input.pinnedValue}; review the version submitted now`,
          { entity: 'Deliverable', id: current.id, pinnedValue: current.pinnedValue },
        );
      }

      const saved = await manager.save(
        Deliverable,
        manager.create(Deliverable, {
          ...current,
          status: STATUS_AFTER_SIGN_OFF[input.decision],
        }),
      );
      await this.recordStatus(manager, scope, saved, current.status, reason);
      await this.recordActivity(
        manager,
        scope,
        input.decision === SignOffDecision.ACCEPTED
          ? 'deliverable.accepted'
          : 'deliverable.changes_requested',
        current,
        saved,
        reason,
      );

      return saved;
    });
  }

  private lock(manager: EntityManager, scope: RequestScope, id: string, version: number) {
    return lockVisibleForUpdate(
      manager,
      Deliverable,
      'Deliverable',
      id,
      version,
      scope.actor,
      this.policy.scopeByEngagement,
    );
  }

  private async recordStatus(
    manager: EntityManager,
    scope: RequestScope,
    deliverable: Deliverable,
    fromStatus: DeliverableStatus | null,
    reason: string | null,
  ) {
    await manager.insert(DeliverableStatusChange, {
      deliverableId: deliverable.id,
      engagementId: deliverable.engagementId,
      fromStatus,
      toStatus: deliverable.status,
      changedById: scope.actor.userId,
      reason,
      pinnedKind: deliverable.pinnedKind ?? null,
      pinnedValue: deliverable.pinnedValue ?? null,
      pinnedUrl: deliverable.pinnedUrl ?? null,
    });
  }

  /** Client managers hear of each submitted version once. */
  private async askForSignOff(
    manager: EntityManager,
    scope: RequestScope,
    deliverable: Deliverable,
  ) {
    const engagement = await manager.findOneByOrFail(Engagement, { id: deliverable.engagementId });

    await this.notifications.notifyAudience(manager, [Audience.ClientManagers], {
      kind: NotificationKind.DELIVERABLE_AWAITING_SIGN_OFF,
      engagementId: engagement.id,
      title: `${deliverable.title} awaits your sign-off`,
      body: `${scope.actor.displayName} submitted ${deliverable.pinnedValue} on ${engagement.name}. Accept it or request changes.`,
      link: `/engagements/${engagement.id}`,
      dedupKey: `sign-off:${deliverable.id}:${deliverable.version}`,
    });
  }

  private async recordActivity(
    manager: EntityManager,
    scope: RequestScope,
    action: string,
    before: Deliverable,
    after: Deliverable,
    reason: string | null,
  ) {
    const engagement = await manager.findOneByOrFail(Engagement, { id: after.engagementId });
    await this.activity.record(manager, scope, {
      action,
      entityType: 'Deliverable',
      entityId: after.id,
      engagementId: engagement.id,
      organizationId: engagement.clientId,
      changes: {
        ...changesBetween(before, after, LOGGED_FIELDS),
        ...(reason ? { reason: { from: null, to: reason } } : {}),
      },
    });
  }
}

/** A deliverable's milestone belongs to the same engagement. */
async function assertMilestoneOf(
  manager: EntityManager,
  engagementId: string,
  milestoneId: string,
) {
  const milestone = await manager.findOneBy(Milestone, { id: milestoneId, engagementId });
  if (!milestone) {
    throw DomainError.badInput([
      { field: 'milestoneId', message: 'is not a milestone of this engagement' },
    ]);
  }
}
