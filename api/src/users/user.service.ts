import { Injectable } from '@nestjs/common';
import { ROLES_BY_ORGANIZATION_KIND } from '@portal/domain';
import { DataSource } from 'typeorm';

import { ActivityService } from '../activity/activity.service';
import { AuthService } from '../auth/auth.service';
import { PasswordService } from '../auth/password.service';
import { DomainError } from '../common/domain-error';
import { initialValues } from '../common/entity-changes';
import { PageArgs, paginate } from '../common/pagination';
import { findVisible } from '../common/record-lookup';
import { Organization } from '../organizations/organization.entity';
import { Actor, RequestScope } from '../policy/actor';
import { Action, PolicyService } from '../policy/policy.service';
import { User } from './user.entity';
import { CreateUserInput } from './user.inputs';

const LOGGED_FIELDS = ['organizationId', 'displayName', 'role'] as const;

@Injectable()
export class UserService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly activity: ActivityService,
    private readonly passwords: PasswordService,
    private readonly auth: AuthService,
  ) {}

  get(actor: Actor, id: string): Promise<User> {
    return findVisible(this.dataSource.manager, User, 'User', id, actor, this.policy.scopeUsers);
  }

  list(actor: Actor, page: PageArgs, organizationId?: string | null) {
    const query = this.policy.scopeUsers(
      this.dataSource.getRepository(User).createQueryBuilder('user'),
      actor,
      'user',
    );
    if (organizationId) query.andWhere('user.organizationId = :organizationId', { organizationId });

    return paginate(query, 'user', 'displayName', page);
  }

  async create(scope: RequestScope, input: CreateUserInput): Promise<User> {
    const organization = await findVisible(
      this.dataSource.manager,
      Organization,
      'Organization',
      input.organizationId,
      scope.actor,
      this.policy.scopeOrganizations,
    );
    this.policy.authorize(scope.actor, Action.ManageUsers);
    if (!ROLES_BY_ORGANIZATION_KIND[organization.kind].includes(input.role)) {
      throw DomainError.badInput([
        { field: 'role', message: `cannot be held in a ${organization.kind} organization` },
      ]);
    }

    const email = input.email.trim().toLowerCase();
    const passwordHash = await this.passwords.hash(input.password);

    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(User, { email })) {
        throw DomainError.badInput([{ field: 'email', message: 'is already in use' }]);
      }
      const user = await manager.save(
        User,
        manager.create(User, {
          organizationId: organization.id,
          email,
          displayName: input.displayName,
          role: input.role,
          passwordHash,
        }),
      );
      await this.activity.record(manager, scope, {
        action: 'user.created',
        entityType: 'User',
        entityId: user.id,
        organizationId: organization.id,
        changes: initialValues(user, LOGGED_FIELDS),
      });

      return user;
    });
  }

  /** Deactivation ends every session of the user in the same transaction. */
  async deactivate(scope: RequestScope, id: string): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      const user = await findVisible(
        manager,
        User,
        'User',
        id,
        scope.actor,
        this.policy.scopeUsers,
      );
      this.policy.authorize(scope.actor, Action.ManageUsers);
      if (id === scope.actor.userId) {
        throw DomainError.badInput([{ field: 'id', message: 'you cannot deactivate yourself' }]);
      }
      if (!user.active) return user;

      user.active = false;
      const saved = await manager.save(user);
      await this.auth.revokeAllSessions(manager, user.id, 'user deactivated');
      await this.activity.record(manager, scope, {
        action: 'user.deactivated',
        entityType: 'User',
        entityId: user.id,
        organizationId: user.organizationId,
        changes: { active: { from: true, to: false } },
      });

      return saved;
    });
  }
}
