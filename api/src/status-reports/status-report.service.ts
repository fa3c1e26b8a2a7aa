import { Injectable } from '@nestjs/common';
import { StatusReportState } from '@portal/domain';
import { DataSource, EntityManager } from 'typeorm';

import { ActivityService } from '../activity/activity.service';
import { DomainError } from '../common/domain-error';
import { changesBetween, initialValues, withoutUndefined } from '../common/entity-changes';
import { findVisible, lockVisibleForUpdate } from '../common/record-lookup';
import { EngagementHealthService } from '../engagement-health/engagement-health.service';
import { Engagement } from '../engagements/engagement.entity';
import { Organization } from '../organizations/organization.entity';
import { Actor, RequestScope } from '../policy/actor';
import { Action, PolicyService } from '../policy/policy.service';
import { today } from '../requirements/compliance-matrix.service';
import { StatusReport } from './status-report.entity';
import {
  CreateStatusReportInput,
  PublishStatusReportInput,
  UpdateStatusReportInput,
} from './status-report.inputs';
import { buildSnapshot, snapshotSha256 } from './status-report-snapshot.builder';

const LOGGED_FIELDS = ['periodFrom', 'periodTo', 'state'] as const;
const TEXT_FIELDS = ['summary', 'highlights', 'risksAndNextSteps'] as const;

/**
 * Draft text is the agency's until published, and the activity log is read by both sides (and
 * leaves in audit packs): events name the text fields that changed, never their words. The
 * published words are in the snapshot.
 */
function draftChanges(before: StatusReport | null, after: StatusReport) {
  const changed = TEXT_FIELDS.filter((field) => (before ? before[field] : '') !== after[field]);

  return {
    ...(before
      ? changesBetween(before, after, LOGGED_FIELDS)
      : initialValues(after, LOGGED_FIELDS)),
    ...(changed.length > 0 ? { textChanged: { from: null, to: changed } } : {}),
  };
}

/**
 * Account leads and admins draft status reports and publish them; publishing stores a snapshot
 * of what the client is told and its SHA-256, and nothing about a published report changes
 * afterwards. Client roles see published reports only (the policy scope hides drafts).
 */
@Injectable()
export class StatusReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly activity: ActivityService,
    private readonly health: EngagementHealthService,
  ) {}

  get(actor: Actor, id: string) {
    return findVisible(
      this.dataSource.manager,
      StatusReport,
      'StatusReport',
      id,
      actor,
      this.policy.scopeStatusReports,
    );
  }

  async create(scope: RequestScope, input: CreateStatusReportInput): Promise<StatusReport> {
    return this.dataSource.transaction(async (manager) => {
      const engagement = await findVisible(
        manager,
        Engagement,
        'Engagement',
        input.engagementId,
        scope.actor,
        this.policy.scopeEngagements,
      );
      this.policy.authorize(scope.actor, Action.ManageStatusReports);

      const report = await manager.save(
        StatusReport,
        manager.create(StatusReport, {
          ...input,
          state: StatusReportState.DRAFT,
          createdById: scope.actor.userId,
        }),
      );
      await this.record(
        manager,
        scope,
        engagement,
        'status-report.created',
        report,
        draftChanges(null, report),
      );

      return report;
    });
  }

  async update(scope: RequestScope, input: UpdateStatusReportInput): Promise<StatusReport> {
    return this.dataSource.transaction(async (manager) => {
      const { current, engagement } = await this.lockDraft(manager, scope, input.id, input.version);
      const { id: _id, version: _version, ...changes } = input;
      const next = manager.create(StatusReport, { ...current, ...withoutUndefined(changes) });
      if (next.periodTo < next.periodFrom) {
        throw DomainError.badInput([
          { field: 'periodTo', message: 'must not be before periodFrom' },
        ]);
      }

      const saved = await manager.save(StatusReport, next);
      await this.record(
        manager,
        scope,
        engagement,
        'status-report.updated',
        saved,
        draftChanges(current, saved),
      );

      return saved;
    });
  }

  async publish(scope: RequestScope, input: PublishStatusReportInput): Promise<StatusReport> {
    return this.dataSource.transaction(async (manager) => {
      const { current, engagement } = await this.lockDraft(manager, scope, input.id, input.version);
      const client = await manager.findOneByOrFail(Organization, { id: engagement.clientId });
      const day = today();
      const [health] = await this.health.healthOf([engagement.id], day, manager);
      const publishedAt = new Date();

      const snapshot = await buildSnapshot(manager, current, {
        engagement,
        clientName: client.name,
        health,
        publishedAt,
        publishedBy: scope.actor.displayName,
        today: day,
      });
      const sha256 = snapshotSha256(snapshot);
      const saved = await manager.save(
        StatusReport,
        manager.create(StatusReport, {
          ...current,
          state: StatusReportState.PUBLISHED,
          publishedAt,
          publishedById: scope.actor.userId,
          snapshot,
          snapshotSha256: sha256,
        }),
      );
      await this.record(manager, scope, engagement, 'status-report.published', saved, {
        state: { from: StatusReportState.DRAFT, to: StatusReportState.PUBLISHED },
        snapshotSha256: { from: null, to: sha256 },
      });

      return saved;
    });
  }

  /** Only drafts change; a published report is frozen for good. */
  private async lockDraft(
    manager: EntityManager,
    scope: RequestScope,
    id: string,
    version: number,
  ) {
    const current = await lockVisibleForUpdate(
      manager,
      StatusReport,
      'StatusReport',
      id,
      version,
      scope.actor,
      this.policy.scopeStatusReports,
    );
    this.policy.authorize(scope.actor, Action.ManageStatusReports);
    if (current.state === StatusReportState.PUBLISHED) {
      throw DomainError.forbidden('change a published status report (it is frozen)');
    }
    const engagement = await manager.findOneByOrFail(Engagement, { id: current.engagementId });

    return { current, engagement };
  }

  private record(
    manager: EntityManager,
    scope: RequestScope,
    engagement: Engagement,
    action: string,
    report: StatusReport,
    changes: Record<string, unknown>,
  ) {
    return this.activity.record(manager, scope, {
      action,
      entityType: 'StatusReport',
      entityId: report.id,
      engagementId: engagement.id,
      organizationId: engagement.clientId,
      changes,
    });
  }
}
