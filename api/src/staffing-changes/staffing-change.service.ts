import { Injectable } from '@nestjs/common';
import {
  CLIENT_ROLES,
  NotificationKind,
  STAFFING_CHANGE_KIND_LABELS,
  StaffingChangeState,
} from '@portal/domain';
import { DataSource, EntityManager } from 'typeorm';

import { ActivityService } from '../activity/activity.service';
import { DomainError } from '../common/domain-error';
import { changesBetween, initialValues } from '../common/entity-changes';
import { findVisible, lockVisibleForUpdate } from '../common/record-lookup';
import { Engagement } from '../engagements/engagement.entity';
import { Audience, NotificationService } from '../notifications/notification.service';
import { Actor, RequestScope } from '../policy/actor';
import { Action, PolicyService } from '../policy/policy.service';
import { today } from '../requirements/compliance-matrix.service';
import { StaffingChange } from './staffing-change.entity';
import {
  DecideStaffingChangeInput,
  RejectStaffingChangeInput,
  RequestStaffingChangeInput,
} from './staffing-change.inputs';
import { StaffingChangeApplier } from './staffing-change-applier';
import { validatedRequest } from './staffing-change-request';

const LOGGED_FIELDS = [
  'kind',
  'state',
  'effectiveDate',
  'reason',
  'role',
  'seniority',
  'skills',
  'allocationPercent',
  'seatCount',
  'neededUntil',
  'seatId',
  'assignmentId',
  'engineerId',
  'newEndDate',
  'previousEndDate',
  'openedAssignmentId',
  'clientApprovedById',
  'agencyApprovedById',
  'rejectedById',
  'rejectionReason',
] as const;

/**
 * The staffing-change workflow: a client manager or the account lead asks (asking counts as
 * their side's approval), the other side approves, and the second approval applies the
 * change in the same transaction. Either approver may reject; the requester may cancel.
 */
@Injectable()
export class StaffingChangeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly activity: ActivityService,
    private readonly applier: StaffingChangeApplier,
    private readonly notifications: NotificationService,
  ) {}

  get(actor: Actor, id: string) {
    return findVisible(
      this.dataSource.manager,
      StaffingChange,
      'StaffingChange',
      id,
      actor,
      this.policy.scopeByEngagement,
    );
  }

  /** Changes of a visible engagement, newest first, optionally in one state. */
  async list(actor: Actor, engagementId: string, state?: StaffingChangeState | null) {
    await findVisible(
      this.dataSource.manager,
      Engagement,
      'Engagement',
      engagementId,
      actor,
      this.policy.scopeEngagements,
    );
    const query = this.policy
      .scopeByEngagement(
        this.dataSource.getRepository(StaffingChange).createQueryBuilder('change'),
        actor,
        'change',
      )
      .andWhere('change.engagementId = :engagementId', { engagementId });
    if (state) query.andWhere('change.state = :state', { state });

    return query.orderBy('change.createdAt', 'DESC').addOrderBy('change.id', 'DESC').getMany();
  }

  async request(scope: RequestScope, input: RequestStaffingChangeInput): Promise<StaffingChange> {
    return this.dataSource.transaction(async (manager) => {
      const engagement = await findVisible(
        manager,
        Engagement,
        'Engagement',
        input.engagementId,
        scope.actor,
        this.policy.scopeEngagements,
      );
      this.policy.authorizeStaffing(scope.actor, Action.RequestStaffingChange, engagement);
      const values = await validatedRequest(
        manager,
        this.policy,
        scope.actor,
        engagement,
        input,
        today(),
      );

      const now = new Date();
      const byClient = CLIENT_ROLES.includes(scope.actor.role);
      const change = await manager.save(
        StaffingChange,
        manager.create(StaffingChange, {
          ...values,
          state: StaffingChangeState.PENDING,
          requestedById: scope.actor.userId,
          clientApprovedById: byClient ? scope.actor.userId : null,
          clientApprovedAt: byClient ? now : null,
          agencyApprovedById: byClient ? null : scope.actor.userId,
          agencyApprovedAt: byClient ? null : now,
        }),
      );
      await this.activity.record(manager, scope, {
        action: 'staffing-change.requested',
        entityType: 'StaffingChange',
        entityId: change.id,
        engagementId: engagement.id,
        organizationId: engagement.clientId,
        changes: initialValues(change, LOGGED_FIELDS),
      });
      await this.askForApproval(manager, scope, engagement, change, byClient);

      return change;
    });
  }

  /** Adds the actor's side's approval; the second approval applies the change at once. */
  async approve(scope: RequestScope, input: DecideStaffingChangeInput): Promise<StaffingChange> {
    return this.dataSource.transaction(async (manager) => {
      const { current, engagement } = await this.lockVisible(manager, scope, input);
      const forClient = CLIENT_ROLES.includes(scope.actor.role);
      this.policy.authorizeStaffing(
        scope.actor,
        forClient ? Action.ApproveStaffingChangeForClient : Action.ApproveStaffingChangeForAgency,
        engagement,
      );
      this.assertPending(current);
      const alreadyApproved = forClient ? current.clientApprovedAt : current.agencyApprovedAt;
      if (alreadyApproved) {
        throw DomainError.badInput([
          {
            field: 'id',
            message: `is already approved for the ${forClient ? 'client' : 'agency'}`,
          },
        ]);
      }

      const now = new Date();
      let next = manager.create(StaffingChange, {
        ...current,
        ...(forClient
          ? { clientApprovedById: scope.actor.userId, clientApprovedAt: now }
          : { agencyApprovedById: scope.actor.userId, agencyApprovedAt: now }),
      });
      const complete = next.clientApprovedAt && next.agencyApprovedAt;
      if (complete) next.state = StaffingChangeState.APPROVED;
      next = await manager.save(StaffingChange, next);
      await this.record(manager, scope, engagement, 'staffing-change.approved', current, next);
      if (!complete) return next;

      const result = await this.applier.apply(manager, scope, next, engagement, today());
      const applied = await manager.save(
        StaffingChange,
        manager.create(StaffingChange, {
          ...next,
          ...result,
          state: StaffingChangeState.APPLIED,
          appliedAt: new Date(),
        }),
      );
      await this.record(manager, scope, engagement, 'staffing-change.applied', next, applied);

      return applied;
    });
  }

  async reject(scope: RequestScope, input: RejectStaffingChangeInput): Promise<StaffingChange> {
    return this.dataSource.transaction(async (manager) => {
      const { current, engagement } = await this.lockVisible(manager, scope, input);
      this.policy.authorizeStaffing(
        scope.actor,
        CLIENT_ROLES.includes(scope.actor.role)
          ? Action.ApproveStaffingChangeForClient
          : Action.ApproveStaffingChangeForAgency,
        engagement,
      );
      this.assertPending(current);
      const saved = await manager.save(
        StaffingChange,
        manager.create(StaffingChange, {
          ...current,
          state: StaffingChangeState.REJECTED,
          rejectedById: scope.actor.userId,
          rejectedAt: new Date(),
          rejectionReason: input.reason.trim(),
        }),
      );
      await this.record(manager, scope, engagement, 'staffing-change.rejected', current, saved);

      return saved;
    });
  }

  /** Only the person who asked may withdraw the request, while it is pending. */
  async cancel(scope: RequestScope, input: DecideStaffingChangeInput): Promise<StaffingChange> {
    return this.dataSource.transaction(async (manager) => {
      const { current, engagement } = await this.lockVisible(manager, scope, input);
      this.policy.authorize(scope.actor, Action.RequestStaffingChange);
      if (current.requestedById !== scope.actor.userId) {
        throw DomainError.forbidden('cancel a staffing change someone else requested');
      }
      this.assertPending(current);
      const saved = await manager.save(
        StaffingChange,
        manager.create(StaffingChange, {
          ...current,
          state: StaffingChangeState.CANCELLED,
          cancelledAt: new Date(),
        }),
      );
      await this.record(manager, scope, engagement, 'staffing-change.cancelled', current, saved);

      return saved;
    });
  }

  private assertPending(change: StaffingChange) {
    if (change.state !== StaffingChangeState.PENDING) {
      throw DomainError.badInput([
        { field: 'id', message: `is ${change.state.toLowerCase()}, no longer pending` },
      ]);
    }
  }

  /** The side that has not approved yet hears of the request: the lead, or the client managers. */
  private async askForApproval(
    manager: EntityManager,
    scope: RequestScope,
    engagement: Engagement,
    change: StaffingChange,
    byClient: boolean,
  ) {
    const kind = STAFFING_CHANGE_KIND_LABELS[change.kind];

    await this.notifications.notifyAudience(
      manager,
      [byClient ? Audience.AccountLead : Audience.ClientManagers],
      {
        kind: NotificationKind.STAFFING_CHANGE_AWAITING_APPROVAL,
        engagementId: engagement.id,
        title: `${kind} on ${engagement.name} awaits your approval`,
        body: `${scope.actor.displayName} asks for it from ${change.effectiveDate}: ${change.reason}`,
        link: `/engagements/${engagement.id}`,
        dedupKey: `staffing-change:${change.id}`,
      },
    );
  }

  private async lockVisible(
    manager: EntityManager,
    scope: RequestScope,
    input: DecideStaffingChangeInput,
  ) {
    const current = await lockVisibleForUpdate(
      manager,
      StaffingChange,
      'StaffingChange',
      input.id,
      input.version,
      scope.actor,
      this.policy.scopeByEngagement,
    );
    const engagement = await manager.findOneByOrFail(Engagement, { id: current.engagementId });

    return { current, engagement };
  }

  private record(
    manager: EntityManager,
    scope: RequestScope,
    engagement: Engagement,
    action: string,
    before: StaffingChange,
    after: StaffingChange,
  ) {
    return this.activity.record(manager, scope, {
      action,
      entityType: 'StaffingChange',
      entityId: after.id,
      engagementId: engagement.id,
      organizationId: engagement.clientId,
      changes: changesBetween(before, after, LOGGED_FIELDS),
    });
  }
}
