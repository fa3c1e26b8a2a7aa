import { Injectable } from '@nestjs/common';
import { catalogFor, FrameworkKey } from '@portal/catalogs';
import { RequirementStatus } from '@portal/domain';
import { DataSource, EntityManager, In } from 'typeorm';

import { ActivityService } from '../activity/activity.service';
import { DomainError } from '../common/domain-error';
import { changesBetween, withoutUndefined } from '../common/entity-changes';
import { paginate } from '../common/pagination';
import { findVisible, lockVisibleForUpdate } from '../common/record-lookup';
import { Engagement } from '../engagements/engagement.entity';
import { assertEngagementMember } from '../engagements/engagement-member';
import { Actor, RequestScope } from '../policy/actor';
import { Action, PolicyService } from '../policy/policy.service';
import { ComplianceMatrixService } from './compliance-matrix.service';
import { EngagementFramework } from './engagement-framework.entity';
import { EngagementRequirement } from './engagement-requirement.entity';
import {
  RequirementPageArgs,
  SetEngagementFrameworksInput,
  UpdateEngagementRequirementInput,
} from './requirement.inputs';

const LOGGED_FIELDS = ['status', 'justification', 'ownerId'] as const;

@Injectable()
export class RequirementService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly activity: ActivityService,
    private readonly matrix: ComplianceMatrixService,
  ) {}

  get(actor: Actor, id: string) {
    return findVisible(
      this.dataSource.manager,
      EngagementRequirement,
      'Requirement',
      id,
      actor,
      this.policy.scopeRequirements,
    );
  }

  async list(actor: Actor, args: RequirementPageArgs) {
    await findVisible(
      this.dataSource.manager,
      Engagement,
      'Engagement',
      args.engagementId,
      actor,
      this.policy.scopeEngagements,
    );
    const query = this.policy
      .scopeRequirements(
        this.dataSource.getRepository(EngagementRequirement).createQueryBuilder('requirement'),
        actor,
        'requirement',
      )
      .andWhere('requirement.engagementId = :engagementId AND requirement.framework = :framework', {
        engagementId: args.engagementId,
        framework: args.framework,
      });
    const filter = args.filter ?? {};
    if (filter.status) query.andWhere('requirement.status = :status', { status: filter.status });
    if (filter.search) {
      const needle = filter.search.toLowerCase();
      const references = catalogFor(args.framework)
        .requirements.filter((item) =>
          `${item.reference} ${item.title}`.toLowerCase().includes(needle),
        )
        .map((item) => item.reference);
      query.andWhere('requirement.reference IN (:...references)', {
        references: ['', ...references],
      });
    }
    if (filter.evidenceStatus) {
      const { views } = await this.matrix.forEngagement(args.engagementId);
      const ids = [...views]
        .filter(([, view]) => view.evidenceStatus === filter.evidenceStatus)
        .map(([id]) => id);
      query.andWhere('requirement.id IN (:...ids)', {
        ids: ['00000000-0000-0000-0000-000000000000', ...ids],
      });
    }

    return paginate(query, 'requirement', 'position', args);
  }

  /**
   * Adds frameworks to an engagement's scope, with every requirement of the current catalog,
   * and removes those no longer wanted as long as no evidence is linked to them.
   */
  async setFrameworks(
    scope: RequestScope,
    input: SetEngagementFrameworksInput,
  ): Promise<Engagement> {
    return this.dataSource.transaction(async (manager) => {
      const engagement = await findVisible(
        manager,
        Engagement,
        'Engagement',
        input.engagementId,
        scope.actor,
        this.policy.scopeEngagements,
      );
      this.policy.authorize(scope.actor, Action.ScopeFrameworks);
      await manager.query('SELECT id FROM engagements WHERE id = $1 FOR UPDATE', [engagement.id]);

      const current = await manager.find(EngagementFramework, {
        where: { engagementId: engagement.id },
      });
      const wanted = new Set(input.frameworks);
      const added = [...wanted].filter((key) => !current.some((item) => item.framework === key));
      const removed = current
        .filter((item) => !wanted.has(item.framework))
        .map((item) => item.framework);

      for (const framework of added) await this.addFramework(manager, engagement.id, framework);
      if (removed.length > 0) await this.removeFrameworks(manager, engagement.id, removed);
      if (added.length + removed.length > 0) {
        await this.activity.record(manager, scope, {
          action: 'engagement.frameworks-scoped',
          entityType: 'Engagement',
          entityId: engagement.id,
          engagementId: engagement.id,
          organizationId: engagement.clientId,
          changes: {
            frameworks: {
              from: current.map((item) => item.framework).sort(),
              to: [...wanted].sort(),
            },
          },
        });
      }

      return engagement;
    });
  }

  async update(
    scope: RequestScope,
    input: UpdateEngagementRequirementInput,
  ): Promise<EngagementRequirement> {
    return this.dataSource.transaction(async (manager) => {
      const current = await lockVisibleForUpdate(
        manager,
        EngagementRequirement,
        'Requirement',
        input.id,
        input.version,
        scope.actor,
        this.policy.scopeRequirements,
      );
      this.policy.authorize(scope.actor, Action.ManageRequirements);
      const engagement = await manager.findOneByOrFail(Engagement, { id: current.engagementId });
      if (input.ownerId)
        await assertEngagementMember(manager, engagement, input.ownerId, 'ownerId');

      const { id: _id, version: _version, ...changes } = input;
      const next = manager.create(EngagementRequirement, {
        ...current,
        ...withoutUndefined(changes),
      });
      next.justification = next.justification?.trim() || null;
      if (next.status === RequirementStatus.NOT_APPLICABLE && !next.justification) {
        throw DomainError.badInput([
          { field: 'justification', message: 'is required when the status is NOT_APPLICABLE' },
        ]);
      }
      const saved = await manager.save(EngagementRequirement, next);
      await this.activity.record(manager, scope, {
        action: 'requirement.updated',
        entityType: 'EngagementRequirement',
        entityId: saved.id,
        engagementId: saved.engagementId,
        organizationId: engagement.clientId,
        changes: {
          reference: `${saved.framework} ${saved.reference}`,
          ...changesBetween(current, saved, LOGGED_FIELDS),
        },
      });

      return saved;
    });
  }

  private async addFramework(
    manager: EntityManager,
    engagementId: string,
    framework: FrameworkKey,
  ) {
    const catalog = catalogFor(framework);
    await manager.insert(EngagementFramework, {
      engagementId,
      framework,
      catalogVersion: catalog.catalogVersion,
    });
    await manager.insert(
      EngagementRequirement,
      catalog.requirements.map((requirement, position) => ({
        engagementId,
        framework,
        reference: requirement.reference,
        position,
        status: RequirementStatus.NOT_STARTED,
        version: 1,
      })),
    );
  }

  private async removeFrameworks(
    manager: EntityManager,
    engagementId: string,
    frameworks: FrameworkKey[],
  ) {
    const [{ linked }] = await manager.query(
      `SELECT count(*)::int AS linked FROM evidence_requirement_links link
       JOIN engagement_requirements requirement ON requirement.id = link.engagement_requirement_id
       WHERE requirement.engagement_id = $1 AND requirement.framework = ANY($2)`,
      [engagementId, frameworks],
    );
    if (linked > 0) {
      throw DomainError.badInput([
        {
          field: 'frameworks',
          message: `${frameworks.join(', ')} still hold evidence; unlink it before removing`,
        },
      ]);
    }
    await manager.delete(EngagementRequirement, { engagementId, framework: In(frameworks) });
    await manager.delete(EngagementFramework, { engagementId, framework: In(frameworks) });
  }
}
