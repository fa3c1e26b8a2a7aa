import { Injectable } from '@nestjs/common';
import { Role } from '@portal/domain';
import { DataSource } from 'typeorm';

import { ActivityService } from '../activity/activity.service';
import { DomainError } from '../common/domain-error';
import { changesBetween, initialValues, withoutUndefined } from '../common/entity-changes';
import { PageArgs, paginate } from '../common/pagination';
import { findVisible, lockVisibleForUpdate } from '../common/record-lookup';
import { containsPattern } from '../common/text-search';
import { Actor, RequestScope } from '../policy/actor';
import { Action, PolicyService } from '../policy/policy.service';
import { User } from '../users/user.entity';
import {
  CreateEngineerProfileInput,
  EngineerFilter,
  UpdateEngineerProfileInput,
} from './engineer.inputs';
import { EngineerProfile } from './engineer-profile.entity';

/** Personal and commercial fields are logged as "changed", never with their values. */
const LOGGED_FIELDS = ['fullName', 'seniority', 'location', 'skills', 'userId'] as const;

@Injectable()
export class EngineerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly activity: ActivityService,
  ) {}

  get(actor: Actor, id: string) {
    return findVisible(
      this.dataSource.manager,
      EngineerProfile,
      'Engineer',
      id,
      actor,
      this.policy.scopeEngineers,
    );
  }

  list(actor: Actor, page: PageArgs, filter: EngineerFilter = {}) {
    const query = this.policy.scopeEngineers(
      this.dataSource.getRepository(EngineerProfile).createQueryBuilder('engineer'),
      actor,
      'engineer',
    );
    if (filter.seniority)
      query.andWhere('engineer.seniority = :seniority', { seniority: filter.seniority });
    if (filter.skill) {
      query.andWhere('lower(:skill) = ANY(SELECT lower(unnest(engineer.skills)))', {
        skill: filter.skill,
      });
    }
    if (filter.search) {
      const pattern = containsPattern(filter.search);
      query.andWhere('engineer.fullName ILIKE :pattern', { pattern });
    }

    return paginate(query, 'engineer', 'fullName', page);
  }

  async create(scope: RequestScope, input: CreateEngineerProfileInput): Promise<EngineerProfile> {
    this.policy.authorize(scope.actor, Action.ManageEngineers);

    return this.dataSource.transaction(async (manager) => {
      if (input.userId) {
        const user = await manager.findOne(User, { where: { id: input.userId } });
        if (user?.role !== Role.ENGINEER) {
          throw DomainError.badInput([{ field: 'userId', message: 'is not an engineer account' }]);
        }
        if (await manager.existsBy(EngineerProfile, { userId: input.userId })) {
          throw DomainError.badInput([{ field: 'userId', message: 'already has a profile' }]);
        }
      }
      const profile = await manager.save(
        EngineerProfile,
        manager.create(EngineerProfile, {
          ...input,
          contactEmail: input.contactEmail.toLowerCase(),
          contactPhone: input.contactPhone ?? null,
          dayRateEur: input.dayRateEur ?? null,
          userId: input.userId ?? null,
        }),
      );
      await this.activity.record(manager, scope, {
        action: 'engineer.created',
        entityType: 'EngineerProfile',
        entityId: profile.id,
        changes: { ...initialValues(profile, LOGGED_FIELDS), contactDetails: 'set' },
      });

      return profile;
    });
  }

  async update(scope: RequestScope, input: UpdateEngineerProfileInput): Promise<EngineerProfile> {
    return this.dataSource.transaction(async (manager) => {
      const current = await lockVisibleForUpdate(
        manager,
        EngineerProfile,
        'Engineer',
        input.id,
        input.version,
        scope.actor,
        this.policy.scopeEngineers,
      );
      this.policy.authorize(scope.actor, Action.ManageEngineers);

      const { id: _id, version: _version, ...changes } = input;
      const saved = await manager.save(
        EngineerProfile,
        manager.create(EngineerProfile, {
          ...current,
          ...withoutUndefined(changes),
        }),
      );
      const logged = changesBetween(current, saved, LOGGED_FIELDS);
      if (current.dayRateEur !== saved.dayRateEur)
        logged.dayRateEur = { from: 'hidden', to: 'changed' };
      await this.activity.record(manager, scope, {
        action: 'engineer.updated',
        entityType: 'EngineerProfile',
        entityId: saved.id,
        changes: logged,
      });

      return saved;
    });
  }
}
