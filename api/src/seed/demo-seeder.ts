import { Injectable, Logger } from '@nestjs/common';
import {
  DeliverableStatus,
  OrganizationKind,
  RaidStatus,
  Role,
  SeatState,
  sideOf,
  StatusReportState,
} from '@portal/domain';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

import { ActivityService } from '../activity/activity.service';
import { Assignment } from '../assignments/assignment.entity';
import { PasswordService } from '../auth/password.service';
import { Deliverable } from '../deliverables/deliverable.entity';
import { DeliverableStatusChange } from '../deliverables/deliverable-status-change.entity';
import { EngagementHealthService } from '../engagement-health/engagement-health.service';
import { Engagement } from '../engagements/engagement.entity';
import { EngineerProfile } from '../engineers/engineer-profile.entity';
import { Milestone } from '../milestones/milestone.entity';
import { Organization } from '../organizations/organization.entity';
import { RaidItem } from '../raid-items/raid-item.entity';
import { RaidItemDeliverableLink } from '../raid-items/raid-item-link.entity';
import { RaidItemSeatLink } from '../raid-items/raid-item-seat-link.entity';
import { today } from '../requirements/compliance-matrix.service';
import { Seat } from '../seats/seat.entity';
import { StatusReport } from '../status-reports/status-report.entity';
import { buildSnapshot, snapshotSha256 } from '../status-reports/status-report-snapshot.builder';
import { User } from '../users/user.entity';
import { DemoComplianceSeeder } from './demo-compliance-seeder';
import {
  AGENCY,
  AUDIT_FIRM,
  CLIENTS,
  DEMO_PASSWORD,
  ENGAGEMENTS,
  ENGINEERS,
  STATUS_REPORTS,
  USERS,
} from './demo-data';
import { datedAsOf } from './demo-dates';
import { seedStaffing } from './demo-staffing';

/** Serialises seeders of several instances starting together. */
const SEED_LOCK_KEY = 727_002;

/**
 * Loads the demo agency, clients, people and engagements once. Running it again finds the
 * agency and does nothing, so the start command can call it every time.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly activity: ActivityService,
    private readonly compliance: DemoComplianceSeeder,
    private readonly health: EngagementHealthService,
  ) {}

  /**
   * `day` is the day the demo story is told as of: today when the portal starts, DEMO_DAY in
   * tests so that their expectations do not move with the calendar.
   */
  async seed(day: string = today()): Promise<boolean> {
    const passwordHash = await this.passwords.hash(DEMO_PASSWORD);

    const seeded = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
      if (await manager.existsBy(Organization, { kind: OrganizationKind.AGENCY })) return false;

      await this.load(manager, passwordHash, day);
      return true;
    });
    this.logger.log({ seeded }, seeded ? 'demo data loaded' : 'demo data already present');
    await this.compliance.seed();

    return seeded;
  }

  private async load(manager: EntityManager, passwordHash: string, day: string) {
    const create = async <T extends ObjectLiteral & { id: string }>(
      entity: EntityTarget<T>,
      values: Partial<T>,
      links: { engagementId?: string; organizationId?: string } = {},
    ): Promise<T> => {
      const saved = (await manager.save(entity, manager.create(entity, values as T))) as T;
      await this.activity.record(manager, null, {
        action: 'demo-data.created',
        entityType: manager.getRepository(entity).metadata.name,
        entityId: saved.id,
        ...links,
        changes: {},
      });

      return saved;
    };

    const organizations = new Map<string, Organization>();
    organizations.set('agency', await create(Organization, AGENCY));
    organizations.set('audit', await create(Organization, AUDIT_FIRM));
    for (const client of CLIENTS) {
      const { key, domain: _domain, ...values } = client;
      organizations.set(
        key,
        await create(Organization, {
          ...values,
          regulations: [...values.regulations],
          kind: OrganizationKind.CLIENT,
        }),
      );
    }

    const users = new Map<string, User>();
    for (const { organization, ...values } of USERS) {
      const organizationId = organizations.get(organization)!.id;
      users.set(
        values.email,
        await create(User, { ...values, organizationId, passwordHash }, { organizationId }),
      );
    }

    const engineers = new Map<string, EngineerProfile>();
    for (const { account, ...values } of ENGINEERS) {
      const contactEmail = `${values.fullName.split(' ')[0].normalize('NFD').replace(/[^\w]/g, '').toLowerCase()}@kestrel.example`;
      engineers.set(
        values.fullName,
        await create(EngineerProfile, {
          ...values,
          contactEmail,
          contactPhone: '+00 000 000 000',
          userId: account ? users.get(account)!.id : null,
        }),
      );
    }

    const engagements = new Map<string, Engagement>();
    const assignments = new Map<string, Assignment>();
    for (const { client, lead, team, deliverables, milestones, raidItems, ...values } of datedAsOf(
      ENGAGEMENTS,
      day,
    )) {
      const clientId = organizations.get(client)!.id;
      const engagement = await create(
        Engagement,
        {
          ...values,
          clientId,
          accountLeadId: users.get(lead)!.id,
        },
        { organizationId: clientId },
      );
      engagements.set(engagement.name, engagement);
      const links = { engagementId: engagement.id, organizationId: clientId };
      for (const member of team) {
        const engineer = engineers.get(member.engineer)!;
        const seat = await create(
          Seat,
          {
            engagementId: engagement.id,
            role: member.role,
            seniority: engineer.seniority,
            skills: engineer.skills,
            targetAllocationPercent: member.allocationPercent,
            neededFrom: member.startDate,
            neededUntil: member.endDate ?? null,
            state:
              member.endDate && member.endDate < today() ? SeatState.RELEASED : SeatState.FILLED,
          },
          links,
        );
        const assignment = await create(
          Assignment,
          {
            engagementId: engagement.id,
            seatId: seat.id,
            engineerId: engineers.get(member.engineer)!.id,
            role: member.role,
            allocationPercent: member.allocationPercent,
            startDate: member.startDate,
            endDate: member.endDate ?? null,
          },
          links,
        );
        assignments.set(`${engagement.name}/${member.engineer}`, assignment);
      }
      const milestoneIds = new Map<string, string>();
      for (const milestone of milestones ?? []) {
        const saved = await create(Milestone, { ...milestone, engagementId: engagement.id }, links);
        milestoneIds.set(milestone.title, saved.id);
      }
      const clientManager = USERS.find(
        (user) => user.organization === client && user.role === Role.CLIENT_MANAGER,
      )!;
      const deliverableIds = new Map<string, string>();
      for (const { milestone, pinned, reason, ...deliverable } of deliverables) {
        const saved = await create(
          Deliverable,
          {
            ...deliverable,
            engagementId: engagement.id,
            ownerId: users.get(lead)!.id,
            description: '',
            milestoneId: milestone ? milestoneIds.get(milestone)! : null,
            pinnedKind: pinned?.kind ?? null,
            pinnedValue: pinned?.value ?? null,
            pinnedUrl: pinned?.url ?? null,
            submittedAt: pinned ? new Date(pinned.submittedAt) : null,
          },
          links,
        );
        deliverableIds.set(deliverable.title, saved.id);
        await this.seedStatusHistory(manager, saved, {
          leadId: users.get(lead)!.id,
          clientManagerId: users.get(clientManager.email)!.id,
          reason: reason ?? null,
        });
      }
      for (const { author, owner, deliverables: concerns, closingNote, ...item } of raidItems ??
        []) {
        const writer = users.get(author)!;
        const saved = await create(
          RaidItem,
          {
            ...item,
            engagementId: engagement.id,
            authorSide: sideOf(writer.role)!,
            createdById: writer.id,
            ownerId: users.get(owner)!.id,
            status: closingNote ? RaidStatus.CLOSED : RaidStatus.OPEN,
            closingNote: closingNote ?? null,
            closedAt: closingNote ? new Date(datedAsOf('2026-10-12T12:00:00Z', day)) : null,
          },
          links,
        );
        for (const title of concerns ?? []) {
          await manager.insert(RaidItemDeliverableLink, {
            raidItemId: saved.id,
            deliverableId: deliverableIds.get(title)!,
          });
        }
      }
    }

    await seedStaffing(
      create,
      { engagements, engineers, users, assignments },
      today(),
      (raidItemId, seatId) => manager.insert(RaidItemSeatLink, { raidItemId, seatId }),
    );
    await this.seedStatusReports(manager, users, day);
  }

  /**
   * Status reports, published as the app publishes them: the snapshot is built from the data
   * just loaded, with health judged on the day of publication.
   */
  private async seedStatusReports(manager: EntityManager, users: Map<string, User>, day: string) {
    for (const { engagement: name, author, publishedAt, ...values } of datedAsOf(
      STATUS_REPORTS,
      day,
    )) {
      const engagement = await manager.findOneByOrFail(Engagement, { name });
      const client = await manager.findOneByOrFail(Organization, { id: engagement.clientId });
      const writer = users.get(author)!;
      const report = manager.create(StatusReport, {
        ...values,
        engagementId: engagement.id,
        createdById: writer.id,
        state: StatusReportState.DRAFT,
      });
      if (publishedAt) {
        const day = publishedAt.slice(0, 10);
        const [health] = await this.health.healthOf([engagement.id], day, manager);
        const snapshot = await buildSnapshot(manager, report, {
          engagement,
          clientName: client.name,
          health,
          publishedAt: new Date(publishedAt),
          publishedBy: writer.displayName,
          today: day,
        });
        Object.assign(report, {
          state: StatusReportState.PUBLISHED,
          publishedAt: new Date(publishedAt),
          publishedById: writer.id,
          snapshot,
          snapshotSha256: snapshotSha256(snapshot),
        });
      }
      const saved = await manager.save(StatusReport, report);
      await this.activity.record(manager, null, {
        action: 'demo-data.created',
        entityType: 'StatusReport',
        entityId: saved.id,
        engagementId: engagement.id,
        organizationId: engagement.clientId,
        changes: {},
      });
    }
  }

  /** The steps that led to a demo deliverable's status: planned, submitted, then the decision. */
  private async seedStatusHistory(
    manager: EntityManager,
    deliverable: Deliverable,
    people: { leadId: string; clientManagerId: string; reason: string | null },
  ) {
    const pinned = {
      pinnedKind: deliverable.pinnedKind,
      pinnedValue: deliverable.pinnedValue,
      pinnedUrl: deliverable.pinnedUrl,
    };
    const steps: Partial<DeliverableStatusChange>[] = [
      {
        fromStatus: null,
        toStatus: deliverable.pinnedKind ? DeliverableStatus.PLANNED : deliverable.status,
        changedById: people.leadId,
      },
    ];
    if (deliverable.submittedAt) {
      steps.push({
        fromStatus: DeliverableStatus.PLANNED,
        toStatus: DeliverableStatus.SUBMITTED,
        changedById: people.leadId,
        changedAt: deliverable.submittedAt,
        ...pinned,
      });
    }
    if (deliverable.submittedAt && deliverable.status !== DeliverableStatus.SUBMITTED) {
      steps.push({
        fromStatus: DeliverableStatus.SUBMITTED,
        toStatus: deliverable.status,
        changedById: people.clientManagerId,
        changedAt: new Date(deliverable.submittedAt.getTime() + 2 * 86_400_000),
        reason: people.reason,
        ...pinned,
      });
    }
    for (const step of steps) {
      await manager.insert(DeliverableStatusChange, {
        deliverableId: deliverable.id,
        engagementId: deliverable.engagementId,
        ...step,
      });
    }
  }
}
