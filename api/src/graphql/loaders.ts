import DataLoader from 'dataloader';
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

import { Assignment } from '../assignments/assignment.entity';
import { Deliverable } from '../deliverables/deliverable.entity';
import { Engagement } from '../engagements/engagement.entity';
import { EngineerProfile } from '../engineers/engineer-profile.entity';
import { Organization } from '../organizations/organization.entity';
import { Actor } from '../policy/actor';
import { PolicyService, Scope } from '../policy/policy.service';
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

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly actor: () => Actor,
  ) {
    this.organization = this.byId(Organization, policy.scopeOrganizations);
    this.user = this.byId(User, policy.scopeUsers);
    this.engineer = this.byId(EngineerProfile, policy.scopeEngineers);
    this.engagement = this.byId(Engagement, policy.scopeEngagements);
    this.assignmentsByEngagement = this.groupedBy(Assignment, 'engagementId', 'startDate');
    this.assignmentsByEngineer = this.groupedBy(Assignment, 'engineerId', 'startDate');
    this.deliverablesByEngagement = this.groupedBy(Deliverable, 'engagementId', 'dueDate');
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
  private groupedBy<T extends ObjectLiteral & { engagementId: string }>(
    entity: EntityTarget<T>,
    key: keyof T & string,
    orderBy: keyof T & string,
  ) {
    return new DataLoader<string, T[]>(async (keys) => {
      const query = this.dataSource.getRepository(entity).createQueryBuilder('row');
      const rows = await this.policy
        .scopeByEngagement(query, this.actor(), 'row')
        .andWhere(`row.${key} IN (:...keys)`, { keys })
        .orderBy(`row.${orderBy}`, 'ASC')
        .addOrderBy('row.id', 'ASC')
        .getMany();
      const groups = new Map<string, T[]>(keys.map((value) => [value, []]));
      for (const row of rows) groups.get(row[key] as string)?.push(row);

      return keys.map((value) => groups.get(value) ?? []);
    });
  }
}
