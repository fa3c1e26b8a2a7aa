import { Injectable, Logger } from '@nestjs/common';
import { OrganizationKind, SeatState } from '@portal/domain';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

import { ActivityService } from '../activity/activity.service';
import { Assignment } from '../assignments/assignment.entity';
import { PasswordService } from '../auth/password.service';
import { Deliverable } from '../deliverables/deliverable.entity';
import { Engagement } from '../engagements/engagement.entity';
import { EngineerProfile } from '../engineers/engineer-profile.entity';
import { Organization } from '../organizations/organization.entity';
import { today } from '../requirements/compliance-matrix.service';
import { Seat } from '../seats/seat.entity';
import { User } from '../users/user.entity';
import { DemoComplianceSeeder } from './demo-compliance-seeder';
import {
  AGENCY,
  AUDIT_FIRM,
  CLIENTS,
  DEMO_PASSWORD,
  ENGAGEMENTS,
  ENGINEERS,
  USERS,
} from './demo-data';
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
  ) {}

  async seed(): Promise<boolean> {
    const passwordHash = await this.passwords.hash(DEMO_PASSWORD);

    const seeded = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
      if (await manager.existsBy(Organization, { kind: OrganizationKind.AGENCY })) return false;

      await this.load(manager, passwordHash);
      return true;
    });
    this.logger.log({ seeded }, seeded ? 'demo data loaded' : 'demo data already present');
    await this.compliance.seed();

    return seeded;
  }

  private async load(manager: EntityManager, passwordHash: string) {
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
    for (const { client, lead, team, deliverables, ...values } of ENGAGEMENTS) {
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
      for (const deliverable of deliverables) {
        await create(
          Deliverable,
          {
            ...deliverable,
            engagementId: engagement.id,
            ownerId: users.get(lead)!.id,
            description: '',
          },
          links,
        );
      }
    }

    await seedStaffing(create, { engagements, engineers, users, assignments }, today());
  }
}
