import { EngagementHealth } from '@portal/domain';
import DataLoader from 'dataloader';
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

import { allocationsOf, EngineerAllocation } from '../assignments/allocation-period';
import { Assignment } from '../assignments/assignment.entity';
import { Candidate } from '../candidates/candidate.entity';
import { Interview } from '../candidates/interview.entity';
import { Deliverable } from '../deliverables/deliverable.entity';
import { DeliverableStatusChange } from '../deliverables/deliverable-status-change.entity';
import { EngagementHealthService } from '../engagement-health/engagement-health.service';
import { Engagement } from '../engagements/engagement.entity';
import { EngineerProfile } from '../engineers/engineer-profile.entity';
import { Evidence } from '../evidence/evidence.entity';
import { EvidenceReview } from '../evidence/evidence-review.entity';
import { EvidenceVersion } from '../evidence/evidence-version.entity';
import { Milestone } from '../milestones/milestone.entity';
import { Organization } from '../organizations/organization.entity';
import { Actor } from '../policy/actor';
import { PolicyService, Scope } from '../policy/policy.service';
import { RaidItem } from '../raid-items/raid-item.entity';
import {
  ComplianceMatrix,
  ComplianceMatrixService,
} from '../requirements/compliance-matrix.service';
import { EngagementFramework } from '../requirements/engagement-framework.entity';
import { EngagementRequirement } from '../requirements/engagement-requirement.entity';
import { Seat } from '../seats/seat.entity';
import { StaffingChange } from '../staffing-changes/staffing-change.entity';
import { StatusReport } from '../status-reports/status-report.entity';
import { User } from '../users/user.entity';

/**
 * Per-request batch loaders for nested fields. Each batch is one SQL statement, and each goes
 * through the policy layer, so a nested field can never reach a record its parent query could not.
 */
export class Loaders {
  readonly organization: DataLoader<string, Organization | null>;
  readonly user: DataLoader<string, User | null>;
  readonly engineer: DataLoader<string, EngineerProfile | null>;
  readonly engagement: DataLoader<string, Engagement | null>;
  readonly assignmentsByEngagement: DataLoader<string, Assignment[]>;
  readonly assignmentsByEngineer: DataLoader<string, Assignment[]>;
  readonly deliverablesByEngagement: DataLoader<string, Deliverable[]>;
  readonly deliverablesByMilestone: DataLoader<string, Deliverable[]>;
  readonly statusChangesByDeliverable: DataLoader<string, DeliverableStatusChange[]>;
  readonly milestone: DataLoader<string, Milestone | null>;
  readonly milestonesByEngagement: DataLoader<string, Milestone[]>;
  readonly engagementHealth: DataLoader<string, EngagementHealth>;
  readonly raidItemsByEngagement: DataLoader<string, RaidItem[]>;
  readonly deliverablesByRaidItem: DataLoader<string, Deliverable[]>;
  readonly seatsByRaidItem: DataLoader<string, Seat[]>;
  readonly statusReportsByEngagement: DataLoader<string, StatusReport[]>;
  readonly frameworksByEngagement: DataLoader<string, EngagementFramework[]>;
  readonly complianceMatrix: DataLoader<string, ComplianceMatrix>;
  readonly evidence: DataLoader<string, Evidence | null>;
  readonly requirement: DataLoader<string, EngagementRequirement | null>;
  readonly versionsByEvidence: DataLoader<string, EvidenceVersion[]>;
  readonly reviewByVersion: DataLoader<string, EvidenceReview | null>;
  readonly requirementsByEvidence: DataLoader<string, EngagementRequirement[]>;
  readonly deliverablesByEvidence: DataLoader<string, Deliverable[]>;
  readonly assignment: DataLoader<string, Assignment | null>;
  readonly seat: DataLoader<string, Seat | null>;
  readonly seatsByEngagement: DataLoader<string, Seat[]>;
  readonly assignmentsBySeat: DataLoader<string, Assignment[]>;
  readonly candidate: DataLoader<string, Candidate | null>;
  readonly candidatesBySeat: DataLoader<string, Candidate[]>;
  readonly interviewsByCandidate: DataLoader<string, Interview[]>;
  readonly staffingChangesByEngagement: DataLoader<string, StaffingChange[]>;
  /** Bookings across every engagement; resolvers show them only where the policy allows. */
  readonly allocationByEngineer: DataLoader<string, EngineerAllocation>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly actor: () => Actor,
    matrix: ComplianceMatrixService,
    health: EngagementHealthService,
  ) {
    this.organization = this.byId(Organization, policy.scopeOrganizations);
    this.user = this.byId(User, policy.scopeUsers);
    this.engineer = this.byId(EngineerProfile, policy.scopeEngineers);
    this.engagement = this.byId(Engagement, policy.scopeEngagements);
    this.assignmentsByEngagement = this.groupedBy(Assignment, 'engagementId', 'startDate');
    this.assignmentsByEngineer = this.groupedBy(Assignment, 'engineerId', 'startDate');
    this.deliverablesByEngagement = this.groupedBy(Deliverable, 'engagementId', 'dueDate');
    this.deliverablesByMilestone = this.groupedBy(Deliverable, 'milestoneId', 'dueDate');
    this.statusChangesByDeliverable = this.groupedBy(
      DeliverableStatusChange,
      'deliverableId',
      'changedAt',
    );
    this.milestone = this.byId(Milestone, policy.scopeByEngagement);
    this.milestonesByEngagement = this.groupedBy(Milestone, 'engagementId', 'dueDate');
    // Parents are engagements the actor already sees; one statement for the whole page.
    this.engagementHealth = new DataLoader((ids) => health.healthOf(ids));
    this.statusReportsByEngagement = this.groupedBy(
      StatusReport,
      'engagementId',
      'periodTo',
      policy.scopeStatusReports,
    );
    this.raidItemsByEngagement = this.groupedBy(
      RaidItem,
      'engagementId',
      'createdAt',
      policy.scopeRaidItems,
    );
    this.deliverablesByRaidItem = this.linked(
      Deliverable,
      'raid_item_deliverable_links',
      'deliverable_id',
      this.policy.scopeByEngagement,
      'raid_item_id',
    );
    this.seatsByRaidItem = this.linked(
      Seat,
      'raid_item_seat_links',
      'seat_id',
      policy.scopeSeats,
      'raid_item_id',
    );
    this.frameworksByEngagement = this.groupedBy(
      EngagementFramework,
      'engagementId',
      'framework',
      policy.scopeRequirements,
    );
    // One engagement's matrix is three statements; pages list one engagement at a time.
    this.complianceMatrix = new DataLoader((ids) =>
      Promise.all(ids.map((id) => matrix.forEngagement(id))),
    );
    this.evidence = this.byId(Evidence, policy.scopeEvidence);
    this.requirement = this.byId(EngagementRequirement, policy.scopeRequirements);
    this.versionsByEvidence = this.groupedBy(
      EvidenceVersion,
      'evidenceId',
      'number',
      policy.scopeEvidenceVersions,
    );
    this.reviewByVersion = this.single(
      EvidenceReview,
      'evidenceVersionId',
      policy.scopeEvidenceReviews,
    );
    this.requirementsByEvidence = this.linked(
      EngagementRequirement,
      'evidence_requirement_links',
      'engagement_requirement_id',
      policy.scopeRequirements,
    );
    this.deliverablesByEvidence = this.linked(
      Deliverable,
      'evidence_deliverable_links',
      'deliverable_id',
    );
    this.assignment = this.byId(Assignment, policy.scopeByEngagement);
    this.seat = this.byId(Seat, policy.scopeSeats);
    this.seatsByEngagement = this.groupedBy(Seat, 'engagementId', 'neededFrom', policy.scopeSeats);
    this.assignmentsBySeat = this.groupedBy(Assignment, 'seatId', 'startDate');
    this.candidate = this.byId(Candidate, policy.scopeCandidates);
    this.candidatesBySeat = this.groupedBy(
      Candidate,
      'seatId',
      'createdAt',
      policy.scopeCandidates,
    );
    this.interviewsByCandidate = this.groupedBy(
      Interview,
      'candidateId',
      'scheduledAt',
      policy.scopeInterviews,
    );
    this.staffingChangesByEngagement = this.groupedBy(StaffingChange, 'engagementId', 'createdAt');
    this.allocationByEngineer = new DataLoader(async (engineerIds) => {
      const allocations = await allocationsOf(dataSource, engineerIds);

      return engineerIds.map((id) => allocations.get(id)!);
    });
  }

  private byId<T extends ObjectLiteral & { id: string }>(entity: EntityTarget<T>, scope: Scope) {
    return new DataLoader<string, T | null>(async (ids) => {
      const query = this.dataSource.getRepository(entity).createQueryBuilder('row');
      const rows = await scope(query, this.actor(), 'row')
        .andWhere('row.id IN (:...ids)', { ids })
        .getMany();
      const byId = new Map(rows.map((row) => [row.id, row]));

      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** Children of engagement-owned records, grouped by a foreign key, scoped by engagement. */
  private groupedBy<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    key: keyof T & string,
    orderBy: keyof T & string,
    scope: Scope = this.policy.scopeByEngagement,
  ) {
    return new DataLoader<string, T[]>(async (keys) => {
      const query = this.dataSource.getRepository(entity).createQueryBuilder('row');
      const rows = await scope(query, this.actor(), 'row')
        .andWhere(`row.${key} IN (:...keys)`, { keys })
        .orderBy(`row.${orderBy}`, 'ASC')
        .addOrderBy('row.id', 'ASC')
        .getMany();
      const groups = new Map<string, T[]>(keys.map((value) => [value, []]));
      for (const row of rows) groups.get(row[key] as string)?.push(row);

      return keys.map((value) => groups.get(value) ?? []);
    });
  }

  /** At most one row per key, e.g. the review of a version. */
  private single<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    key: keyof T & string,
    scope: Scope,
  ) {
    return new DataLoader<string, T | null>(async (keys) => {
      const query = this.dataSource.getRepository(entity).createQueryBuilder('row');
      const rows = await scope(query, this.actor(), 'row')
        .andWhere(`row.${key} IN (:...keys)`, { keys })
        .getMany();
      const byKey = new Map(rows.map((row) => [row[key] as string, row]));

      return keys.map((value) => byKey.get(value) ?? null);
    });
  }

  /** Engagement-owned records attached to a parent (evidence by default) through a link table. */
  private linked<T extends ObjectLiteral & { engagementId: string }>(
    entity: EntityTarget<T>,
    linkTable: string,
    linkColumn: string,
    scope: Scope = this.policy.scopeByEngagement,
    parentColumn = 'evidence_id',
  ) {
    return new DataLoader<string, T[]>(async (evidenceIds) => {
      const links: { evidenceId: string; targetId: string }[] = await this.dataSource.query(
        `SELECT ${parentColumn} AS "evidenceId", ${linkColumn} AS "targetId" FROM ${linkTable}
         WHERE ${parentColumn} = ANY($1)`,
        [evidenceIds],
      );
      const targetIds = [...new Set(links.map((link) => link.targetId))];
      const rows =
        targetIds.length === 0
          ? []
          : await scope(
              this.dataSource.getRepository(entity).createQueryBuilder('row'),
              this.actor(),
              'row',
            )
              .andWhere('row.id IN (:...targetIds)', { targetIds })
              .getMany();
      const byId = new Map(rows.map((row) => [row.id as string, row]));
      const groups = new Map<string, T[]>(evidenceIds.map((id) => [id, []]));
      for (const link of links) {
        const row = byId.get(link.targetId);
        if (row) groups.get(link.evidenceId)?.push(row);
      }

      return evidenceIds.map((id) => groups.get(id) ?? []);
    });
  }
}
