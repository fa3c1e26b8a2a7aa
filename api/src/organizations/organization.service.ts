import { Injectable } from '@nestjs/common';
import { OrganizationKind } from '@portal/domain';
import { DataSource } from 'typeorm';

import { ActivityService } from '../activity/activity.service';
import { DomainError } from '../common/domain-error';
import { initialValues } from '../common/entity-changes';
import { PageArgs, paginate } from '../common/pagination';
import { findVisible } from '../common/record-lookup';
import { Actor, RequestScope } from '../policy/actor';
import { Action, PolicyService } from '../policy/policy.service';
import { Organization } from './organization.entity';
import { CreateOrganizationInput } from './organization.inputs';

@Injectable()
export class OrganizationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly activity: ActivityService,
  ) {}

  get(actor: Actor, id: string) {
    return findVisible(
      this.dataSource.manager,
      Organization,
      'Organization',
      id,
      actor,
      this.policy.scopeOrganizations,
    );
  }

  list(actor: Actor, page: PageArgs) {
    const query = this.dataSource.getRepository(Organization).createQueryBuilder('organization');

    return paginate(
      this.policy.scopeOrganizations(query, actor, 'organization'),
      'organization',
      'name',
      page,
    );
  }

  async create(scope: RequestScope, input: CreateOrganizationInput): Promise<Organization> {
    this.policy.authorize(scope.actor, Action.ManageOrganizations);
    if (input.kind === OrganizationKind.AGENCY) {
      throw DomainError.badInput([
        { field: 'kind', message: 'there is exactly one agency organization' },
      ]);
    }

    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(Organization, { name: input.name })) {
        throw DomainError.badInput([
          { field: 'name', message: 'is already used by another organization' },
        ]);
      }
      const organization = await manager.save(
        Organization,
        manager.create(Organization, {
          name: input.name,
          kind: input.kind,
          sector: input.sector ?? null,
          regulations: input.regulations,
        }),
      );
      await this.activity.record(manager, scope, {
        action: 'organization.created',
        entityType: 'Organization',
        entityId: organization.id,
        organizationId: organization.id,
        changes: initialValues(organization, ['name', 'kind', 'sector', 'regulations']),
      });

      return organization;
    });
  }
}
