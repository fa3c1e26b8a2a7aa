import { createHash } from 'node:crypto';

import {
  DeliverableStatus,
  DeliverableType,
  EngagementHealth,
  PinnedVersionKind,
  RaidKind,
  RaidSeverity,
  RaidStatus,
  RaidVisibility,
} from '@portal/domain';
import stableStringify from 'json-stable-stringify';
import { EntityManager } from 'typeorm';

import { Engagement } from '../engagements/engagement.entity';
import { StatusReport } from './status-report.entity';
import { StatusReportSnapshot } from './status-report-snapshot.types';

/** SHA-256 of a snapshot in canonical JSON, so the stored JSONB can be checked against it. */
export function snapshotSha256(snapshot: StatusReportSnapshot): string {
  return createHash('sha256')
    .update(stableStringify(snapshot) ?? '')
    .digest('hex');
}

/**
 * What a report tells the client at the moment it is published: its own text, health with
 * reasons, milestones and deliverables with status and pinned versions, and the RAID entries
 * both sides may read (never an INTERNAL one, whoever publishes).
 */
export async function buildSnapshot(
  manager: EntityManager,
  report: StatusReport,
  context: {
    engagement: Engagement;
    clientName: string;
    health: EngagementHealth;
    publishedAt: Date;
    publishedBy: string;
    today: string;
  },
): Promise<StatusReportSnapshot> {
  const milestones: {
    id: string;
    title: string;
    dueDate: string;
    accepted: number;
    total: number;
  }[] = await manager.query(
    `SELECT milestone.id, milestone.title, to_char(milestone.due_date, 'YYYY-MM-DD') AS "dueDate",
       count(deliverable.id) FILTER (WHERE deliverable.status = 'ACCEPTED')::int AS accepted,
       count(deliverable.id)::int AS total
     FROM milestones milestone
     LEFT JOIN deliverables deliverable ON deliverable.milestone_id = milestone.id
     WHERE milestone.engagement_id = $1
     GROUP BY milestone.id ORDER BY milestone.due_date, milestone.title`,
    [report.engagementId],
  );
  const deliverables: {
    title: string;
    type: DeliverableType;
    status: DeliverableStatus;
    dueDate: string;
    milestone: string | null;
    pinnedKind: PinnedVersionKind | null;
    pinnedValue: string | null;
    pinnedUrl: string | null;
  }[] = await manager.query(
    `SELECT deliverable.title, deliverable.type, deliverable.status,
       to_char(deliverable.due_date, 'YYYY-MM-DD') AS "dueDate", milestone.title AS milestone,
       deliverable.pinned_kind AS "pinnedKind", deliverable.pinned_value AS "pinnedValue",
       deliverable.pinned_url AS "pinnedUrl"
     FROM deliverables deliverable
     LEFT JOIN milestones milestone ON milestone.id = deliverable.milestone_id
     WHERE deliverable.engagement_id = $1
     ORDER BY deliverable.due_date, deliverable.title`,
    [report.engagementId],
  );
  const raidItems: {
    kind: RaidKind;
    title: string;
    severity: RaidSeverity;
    status: RaidStatus;
    owner: string | null;
  }[] = await manager.query(
    `SELECT item.kind, item.title, item.severity, item.status, owner.display_name AS owner
     FROM raid_items item LEFT JOIN users owner ON owner.id = item.owner_id
     WHERE item.engagement_id = $1 AND item.visibility = $2
     ORDER BY item.status, item.created_at`,
    [report.engagementId, RaidVisibility.CLIENT_VISIBLE],
  );

  return {
    engagementName: context.engagement.name,
    clientName: context.clientName,
    periodFrom: report.periodFrom,
    periodTo: report.periodTo,
    summary: report.summary,
    highlights: report.highlights,
    risksAndNextSteps: report.risksAndNextSteps,
    publishedAt: context.publishedAt.toISOString(),
    publishedBy: context.publishedBy,
    health: {
      status: context.health.status,
      reasons: context.health.reasons.map((reason) => ({ ...reason })),
    },
    milestones: milestones.map(({ id: _id, ...milestone }) => ({
      ...milestone,
      overdue: milestone.dueDate < context.today && milestone.accepted < milestone.total,
    })),
    deliverables: deliverables.map(({ pinnedKind, pinnedValue, pinnedUrl, ...deliverable }) => ({
      ...deliverable,
      pinnedVersion:
        pinnedKind && pinnedValue && pinnedUrl
          ? { kind: pinnedKind, value: pinnedValue, url: pinnedUrl }
          : null,
    })),
    raidItems,
  };
}
